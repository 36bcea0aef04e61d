import FoundationEssentials
import LadderCore

/// How long a status-bar message stays.
let flashDuration: TimeInterval = 2.5

extension AppState {
    /// Applies one action: the only way the app's state changes.
    public mutating func apply(_ action: Action) {
        if showsWelcome, WelcomeView.closes(action) { showsWelcome = false }
        if isRestricted, let refusal = RestrictedMode.refusal(of: action) {
            showFlash(refusal, role: .warning)
            return
        }
        switch action {
        case .resized(let newSize):
            size = newSize
            applyRoom(.resized(newSize))
            reader.reflow(
                module: module, width: ReaderView.measure(for: size, maximum: readingWidth),
                height: textHeight)
            selectChapter(selectedChapter)
            // The scorecard lays itself out again when it is opened.
            if screen == .scorecard { keepStatementInView() }
            helpTop = min(helpTop, HelpOverlay.hiddenLines(for: self))
            let width = size.width
            reportBrowser?.reflow(width: width)
            noteReadingProgress()
        case .ticked(let date):
            creditReading(until: date)
            now = date
            applyRoom(.ticked(date))
            if let flash, flash.until <= now { self.flash = nil }
            triage?.expireMark(at: now)
            checkRound()
        case .scrolled(let scroll):
            scrollReader(scroll)
        case .selectionMoved(let rows):
            selectChapter(selectedChapter + rows)
        case .selectionJumped(let toEnd):
            selectChapter(toEnd ? module.chapters.count - 1 : 0)
        case .chapterOpened(let index):
            if ScreenTabs.tab(of: screen) != .home { returnScreen = screen }
            openChapter(index)
        case .notesChapterOpened(let index):
            if ScreenTabs.tab(of: screen) != .home { returnScreen = screen }
            openNotesChapter(index)
        case .chapterStepped(let step):
            stepChapter(step)
        case .searchStarted, .searchTyped, .searchPasted, .searchErased, .searchSubmitted, .searchCancelled,
            .searchCleared, .matchStepped:
            applySearch(action)
        case .helpToggled:
            showsHelp.toggle()
            helpTop = 0
            helpFilter = ""
        case .helpFilter(let edit):
            editHelpFilter(edit)
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
            if let refusal = roundRefusal(of: triageAction) {
                showFlash(refusal, role: .warning)
            } else {
                applyTriage(triageAction)
                checkRound()
            }
        case .scorecard(let scorecardAction):
            applyScorecard(scorecardAction)
        case .entry(let entryAction):
            applyEntry(entryAction)
        case .welcomeClosed:
            showsWelcome = false
        case .reflectionStarted:
            startReflection()
        case .roundPauseToggled:
            toggleRoundPause()
        case .present(let presentAction):
            applyPresent(presentAction)
        case .reportBrowser(let browserAction):
            applyReportBrowser(browserAction)
        case .room(let roomAction):
            applyRoom(roomAction)
        }
        if reducedMotion { holdMarks() }
    }

    /// With reduced motion, a gauge's mark stays until the next change
    /// instead of ending on a timer.
    private mutating func holdMarks() {
        if triage?.markedUntil != nil { triage?.markedUntil = .distantFuture }
        if scorecard.markedUntil > now { scorecard.markedUntil = .distantFuture }
    }

    /// Rows of text the reader shows at the current size.
    var textHeight: Int { ReaderView.textHeight(for: size) }

    func clampChapter(_ index: Int) -> Int {
        min(max(0, index), max(0, module.chapters.count - 1))
    }

    mutating func showFlash(_ text: String, role: Role = .accent) {
        // With reduced motion a message stays until the next key.
        let until = reducedMotion ? Date.distantFuture : now.addingTimeInterval(flashDuration)
        flash = Flash(text: text, role: role, until: until)
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
}
