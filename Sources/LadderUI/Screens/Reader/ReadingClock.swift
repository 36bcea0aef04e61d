import FoundationEssentials
import LadderCore

/// The chapter the reader showed at a tick, and whether its end was on screen.
struct ShownChapter: Equatable, Sendable {
    /// The 0-based chapter.
    var chapter: Int
    /// True when the chapter's end was on screen.
    var atEnd: Bool
}

extension AppState {
    /// Credits the time since the last tick to the chapter the reader showed
    /// then (what the user was looking at until now), finishes it when its
    /// end was on screen and it has had long enough, then notes what shows now.
    mutating func creditReading(until date: Date) {
        if let shown = shownAtLastTick, module.chapters.indices.contains(shown.chapter) {
            let id = module.chapters[shown.chapter].id
            let credit = ReadingPace.credit(date.timeIntervalSince(now))
            if credit > 0 { secondsRead[id, default: 0] += credit }
            if shown.atEnd { finishIfRead(shown.chapter) }
        }
        let showing =
            screen == .reader && reader.notesChapter == nil && !showsHelp && !showsWelcome && entry == nil
            && !isTooSmall
        shownAtLastTick =
            showing && module.chapters.indices.contains(reader.chapter)
            ? ShownChapter(chapter: reader.chapter, atEnd: reader.isAtEnd(height: textHeight)) : nil
    }

    /// Marks chapter `index` finished when it has been on screen long enough to read.
    mutating func finishIfRead(_ index: Int) {
        guard module.chapters.indices.contains(index), !finished.contains(index) else { return }
        let chapter = module.chapters[index]
        guard secondsRead[chapter.id, default: 0] >= ReadingPace.minimumSeconds(for: chapter) else { return }
        finished.insert(index)
        if finished.count == module.chapters.count {
            showFlash("Every chapter read. Next: sort a backlog on the triage tab (F2)", role: .success)
        }
    }
}
