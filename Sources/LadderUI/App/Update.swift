import Foundation
import LadderCore

/// How long a status-bar message stays.
let flashDuration: TimeInterval = 2.5

extension AppState {
    /// Applies one action: the only way the app's state changes.
    public mutating func apply(_ action: Action) {
        switch action {
        case .resized(let newSize):
            size = newSize
            reader.reflow(module: module, width: ReaderView.measure(for: size), height: textHeight)
            selectChapter(selectedChapter)
            keepStatementInView()
            helpTop = min(helpTop, HelpOverlay.hiddenLines(for: self))
            noteReadingProgress()
        case .ticked(let date):
            now = date
            if let flash, flash.until <= now { self.flash = nil }
            triage?.expireMark(at: now)
        case .scrolled(let scroll):
            scrollReader(scroll)
        case .selectionMoved(let rows):
            selectChapter(selectedChapter + rows)
        case .selectionJumped(let toEnd):
            selectChapter(toEnd ? module.chapters.count - 1 : 0)
        case .chapterOpened(let index):
            if screen == .triage || screen == .scorecard { returnScreen = screen }
            openChapter(index)
        case .chapterStepped(let step):
            stepChapter(step)
        case .searchStarted, .searchTyped, .searchPasted, .searchErased, .searchSubmitted, .searchCancelled,
            .searchCleared, .matchStepped:
            applySearch(action)
        case .helpToggled:
            showsHelp.toggle()
            helpTop = 0
        case .helpScrolled(let lines):
            helpTop = min(max(0, helpTop + lines), HelpOverlay.hiddenLines(for: self))
        case .backRequested:
            goBack()
        case .quitRequested:
            isQuitting = true
        case .screenOpened(let target):
            openScreen(target)
        case .themeCycled:
            cycleTheme()
        case .flashed(let text, let role):
            showFlash(text, role: role)
        case .exportFinished, .exportFailed, .saveFailed:
            applyReport(action)
        case .triage(let triageAction):
            applyTriage(triageAction)
        case .scorecard(let scorecardAction):
            applyScorecard(scorecardAction)
        }
    }

    /// Rows of text the reader shows at the current size.
    var textHeight: Int { ReaderView.textHeight(for: size) }

    func clampChapter(_ index: Int) -> Int {
        min(max(0, index), max(0, module.chapters.count - 1))
    }

    mutating func showFlash(_ text: String, role: Role = .accent) {
        flash = Flash(text: text, role: role, until: now.addingTimeInterval(flashDuration))
    }

    private mutating func scrollReader(_ scroll: Scroll) {
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

    /// Marks the open chapter finished once its end has been on screen.
    mutating func noteReadingProgress() {
        guard screen == .reader, !module.chapters.isEmpty, reader.isAtEnd(height: textHeight) else { return }
        finished.insert(reader.chapter)
    }

    mutating func openChapter(_ index: Int) {
        guard !module.chapters.isEmpty else { return }
        let target = clampChapter(index)
        if screen != .reader || target != reader.chapter {
            reader = ReaderState(module: module, chapter: target, width: ReaderView.measure(for: size))
        }
        screen = .reader
        selectChapter(target)
        noteReadingProgress()
    }

    private mutating func stepChapter(_ step: Int) {
        let target = reader.chapter + step
        guard module.chapters.indices.contains(target) else {
            showFlash(step > 0 ? "This is the last chapter" : "This is the first chapter", role: .muted)
            return
        }
        openChapter(target)
        showFlash("Chapter \(target + 1) of \(module.chapters.count)", role: .muted)
    }

    private mutating func openScreen(_ target: Screen) {
        if target != .reader { returnScreen = nil }
        switch target {
        case .home:
            screen = .home
        case .reader:
            screen = .reader
            noteReadingProgress()
        case .triage:
            guard triage != nil else {
                showFlash("No backlog is loaded", role: .warning)
                return
            }
            screen = .triage
        case .scorecard:
            screen = .scorecard
            scorecard.refresh(triage: triage?.session)
        }
        showsHelp = false
    }

    private mutating func cycleTheme() {
        guard !themeNames.isEmpty else {
            showFlash(
                "Colour is off (NO_COLOR or --no-color), so there are no themes to switch", role: .muted)
            return
        }
        let index = themeNames.firstIndex(of: themeName).map { ($0 + 1) % themeNames.count } ?? 0
        themeName = themeNames[index]
        effects.append(.themeChanged(themeName))
        showFlash("Theme: \(themeName)", role: .accent)
    }

    private mutating func goBack() {
        if showsHelp {
            showsHelp = false
        } else if searchPrompt != nil {
            searchPrompt = nil
        } else if screen == .reader, search != nil {
            search = nil
        } else if screen == .reader, let back = returnScreen {
            returnScreen = nil
            openScreen(back)
        } else if screen == .reader {
            selectChapter(reader.chapter)
            screen = .home
        } else if screen == .triage, triage?.isRevealed == true {
            applyTriage(.revealToggled)
        } else if screen == .triage, triage?.showsGauges == true {
            applyTriage(.gaugesToggled)
        } else if screen == .triage || screen == .scorecard {
            screen = .home
        }
    }
}
