import FoundationEssentials
import LadderCore

/// The whole app as a value: what is open, where, and what is shown over it.
/// `update` changes it; `AppView.render` draws it. Nothing here touches the
/// terminal, files or the clock.
public struct AppState: Equatable, Sendable {
    /// The module being read.
    public var module: Module
    /// A stable key for the module, under which progress is saved.
    public var moduleKey: String
    /// The terminal's size.
    public var size: Size
    /// The time of the latest action.
    public var now: Date
    /// The screen shown.
    public var screen: Screen
    /// The selected chapter on the home screen.
    public var selectedChapter: Int
    /// How far the chapter list is scrolled.
    public var contentsList = ListScroll()
    /// The reader's place.
    public var reader: ReaderState
    /// Where Esc returns to from the reader when a chapter was opened from
    /// triage or the scorecard.
    public var returnScreen: Screen?
    /// Chapters finished (read to the end).
    public var finished: Set<Int>
    /// True while the help overlay is up.
    public var showsHelp: Bool = false
    /// How far the help is scrolled, when it is taller than the terminal.
    public var help = ListScroll()
    /// What was typed to narrow the help's rows; empty shows them all.
    public var helpFilter = ""
    /// The first help line shown.
    public var helpTop: Int {
        get { help.top }
        set { help.top = newValue }
    }
    /// The text typed so far while a search prompt is open.
    public var searchPrompt: String?
    /// The last search and where we are in its matches.
    public var search: SearchState?
    /// A short message in the status bar.
    public var flash: Flash?
    /// The theme's name, for the status bar.
    public var themeName: String = "dark"
    /// True once the user asked to leave.
    public var isQuitting: Bool = false
    /// The themes `t` cycles through, in order.
    public var themeNames: [String] = []
    /// The backlog being sorted, if any.
    public var triage: TriageState?
    /// The self-assessment, history and selection of the scorecard.
    public var scorecard = ScorecardState()
    /// Work for the runner to do after this update (saving, exporting,
    /// switching themes); it empties the list once done.
    public var effects: [Effect] = []
    /// A note or an answer being typed, if any; it takes every key.
    public var entry: TextEntry?
    /// Answers to reflection prompts, by prompt id; saved with progress.
    public var reflections: [String: ReflectionAnswer] = [:]
    /// Seconds each chapter has been on screen, by chapter id; a chapter
    /// counts as finished only once this reaches `ReadingPace.minimumSeconds`.
    public var secondsRead: [String: Double] = [:]
    /// The chapter the reader showed at the last tick, credited with the
    /// time until the next one.
    var shownAtLastTick: ShownChapter?
    /// True while the first-run welcome is up.
    public var showsWelcome = false
    /// The round being run on the triage (a timer, hidden answers), if any.
    public internal(set) var round: TriageRound?
    /// The keys in force: the tables' own, or remapped by the configuration.
    public var keyBindings = KeyBindings()
    /// True when nothing on screen changes with time alone: no timed gauge
    /// marks and no messages that fade (`reduced-motion` in the configuration).
    public var reducedMotion = false
    /// True when the terminal's cursor is shown on the selected item
    /// (`cursor = on` in the configuration); it is always placed there.
    public var showsCursor = false
    /// The widest the reading column grows, in cells (`width` in the configuration).
    public var readingWidth = ReaderView.maximumMeasure
    /// True in a restricted workshop room: nothing may reach outside the
    /// room (see `RestrictedMode`).
    public var isRestricted = false
    /// The presentation, when `ladder present` runs.
    public var present: PresentState? {
        get { standalone.present }
        set { standalone.present = newValue }
    }
    /// The report browsed, when `ladder report --tui` runs.
    public var reportBrowser: ReportBrowserState? {
        get { standalone.reportBrowser }
        set { standalone.reportBrowser = newValue }
    }
    /// The facilitator's console, when `ladder room DIR` runs.
    public var room: RoomConsoleState? {
        get { standalone.room }
        set { standalone.room = newValue }
    }
    /// The screens that stand alone, kept out of line (see `StandaloneScreens`).
    var standalone = StandaloneScreens()

    /// Starts the app on `module`, optionally where `progress` left off.
    public init(
        module: Module, moduleKey: String, size: Size, now: Date, progress: ReadingProgress? = nil
    ) {
        self.module = module
        self.moduleKey = moduleKey
        self.size = size
        self.now = now
        let chapterCount = module.chapters.count
        let chapter = min(max(0, progress?.chapter ?? 0), max(0, chapterCount - 1))
        let saved = Screen(rawValue: progress?.screen ?? "") ?? .home
        self.screen = ScreenRegistry.module(for: saved).standsAlone ? .home : saved
        self.selectedChapter = chapter
        self.finished = Set((progress?.finished ?? []).filter { $0 >= 0 && $0 < chapterCount })
        self.reader = ReaderState(
            module: module, chapter: chapter, width: ReaderView.measure(for: size, maximum: readingWidth))
        if let progress,
            let line = reader.layout.line(showing: progress.unit, offset: progress.offset)
        {
            reader.scroll(to: line, height: ReaderView.textHeight(for: size))
        }
        reflections = progress?.reflections ?? [:]
        secondsRead = progress?.secondsRead ?? [:]
    }

    /// What to save so that the next start comes back here.
    public var progress: ReadingProgress {
        // A chapter of the notes shown alone is not a place in this lesson.
        let anchor = reader.notesChapter == nil ? reader.layout.anchor(at: reader.top) : nil
        return ReadingProgress(
            screen: screen.rawValue, chapter: reader.chapter, unit: anchor?.unit ?? 0,
            offset: anchor?.offset ?? 0, finished: finished.sorted(),
            secondsRead: secondsRead.mapValues(ReadingPace.savedSeconds), reflections: reflections)
    }

    /// Clears the status-bar message, as any key does (like `less`).
    public mutating func dismissFlash() { flash = nil }

    /// True when the terminal is below the smallest usable size.
    public var isTooSmall: Bool {
        size.width < AppView.minimumSize.width || size.height < AppView.minimumSize.height
    }
}

/// A search that was run: the query, its hits, and which one is current.
public struct SearchState: Equatable, Sendable {
    /// The query.
    public var query: String
    /// Every hit, in reading order.
    public var matches: [SearchMatch]
    /// The current hit.
    public var current: Int
}

/// A short message that fades after a moment.
public struct Flash: Equatable, Sendable {
    /// The message.
    public var text: String
    /// Its role (warning, success...).
    public var role: Role
    /// When it stops showing.
    public var until: Date
}
