import LadderCore

/// The reader's part of `apply`: scrolling, opening and stepping chapters,
/// and noting which chapters were read to the end.
extension AppState {
    /// Scrolls the open chapter, no further than its ends.
    mutating func scrollReader(_ scroll: Scroll) {
        guard screen == .reader else { return }
        let page = max(1, textHeight - 1)
        switch scroll {
        case .lines(let count): reader.scroll(to: reader.top + count, height: textHeight)
        case .pages(let count): reader.scroll(to: reader.top + count * page, height: textHeight)
        case .halfPages(let count):
            reader.scroll(to: reader.top + count * max(1, textHeight / 2), height: textHeight)
        case .top: reader.scroll(to: 0, height: textHeight)
        case .bottom: reader.scroll(to: reader.maxTop(height: textHeight), height: textHeight)
        }
        noteReadingProgress()
    }

    /// Marks the open chapter finished once its end is on screen and it has
    /// been shown long enough to read (see `ReadingPace`).
    mutating func noteReadingProgress() {
        guard screen == .reader, reader.notesChapter == nil, module.chapters.indices.contains(reader.chapter),
            reader.isAtEnd(height: textHeight)
        else { return }
        finishIfRead(reader.chapter)
    }

    /// Opens chapter `index` (clamped) in the reader, at its top unless it is already open.
    mutating func openChapter(_ index: Int) {
        guard !module.chapters.isEmpty else { return }
        let target = clampChapter(index)
        if screen != .reader || target != reader.chapter || reader.notesChapter != nil {
            reader = ReaderState(
                module: module, chapter: target, width: ReaderView.measure(for: size, maximum: readingWidth))
        }
        screen = .reader
        selectChapter(target)
        noteReadingProgress()
    }

    /// Opens chapter `index` of the built-in notes in the reader, for a link
    /// to a chapter the open lesson lacks, and says so in the status bar.
    mutating func openNotesChapter(_ index: Int) {
        let notes = BundledModule.module
        guard notes.chapters.indices.contains(index) else { return }
        reader = ReaderState(
            notes: notes, notesChapter: index, keeping: reader.chapter,
            width: ReaderView.measure(for: size, maximum: readingWidth))
        screen = .reader
        showFlash(
            "This lesson has no “\(notes.chapters[index].title)”: showing the built-in notes' chapter",
            role: .muted)
    }

    /// Opens the next (+1) or previous (-1) chapter, saying so at either end.
    mutating func stepChapter(_ step: Int) {
        guard reader.notesChapter == nil else {
            showFlash("A chapter of the built-in notes, shown alone; Esc goes back", role: .muted)
            return
        }
        let target = reader.chapter + step
        guard module.chapters.indices.contains(target) else {
            showFlash(step > 0 ? "This is the last chapter" : "This is the first chapter", role: .muted)
            return
        }
        openChapter(target)
        showFlash("Chapter \(target + 1) of \(module.chapters.count)", role: .muted)
    }
}
