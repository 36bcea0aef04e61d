import FoundationEssentials
import Glibc
import LadderApp
import LadderCore
import LadderUI

/// Everything a command needs before the screen opens: the module, the deck
/// and its session, the saved place. Bad input fails here, with a clear
/// error, before the terminal changes mode.
struct AppSetup {
    /// True when the module should be written as plain text instead.
    var wantsPlainText = false
    /// The chapter asked for with `--chapter` (0-based), if any.
    var chapterIndex: Int?
    var state: AppState
    /// Problems found while loading saved state, to show once on screen.
    var warnings: [String] = []
    /// The backlog given with `--deck`, kept so it can be written back.
    var backlog: TrackerBacklog?
    /// The bundled deck, when the first screen does not need it: loaded
    /// once triage or the scorecard is opened.
    var deferredTriage: DeferredTriage?

    init(invocation: Invocation, location: StateLocation) throws {
        let (module, key) = try Self.module(for: invocation)
        if let chapter = invocation.chapter, chapter > module.chapters.count {
            throw UsageError(
                message:
                    "--chapter \(chapter) is out of range: the module has \(module.chapters.count) chapters",
                command: invocation.command)
        }
        let chapterIndex = invocation.chapter.map { $0 - 1 }
        self.chapterIndex = chapterIndex
        // `triage --plain` and `scorecard --plain` need the session: they are not the module's text.
        wantsPlainText = invocation.command == .read && (invocation.plain || !Console.outputIsTerminal)
        let keeper = ProgressKeeper(folder: location.stateFolder)
        if let warning = keeper.warning { warnings.append(warning) }
        let saved = keeper.progress(for: key)
        var progress = saved
        if let chapterIndex {
            progress = ReadingProgress(
                screen: Screen.reader.rawValue, chapter: chapterIndex, unit: 0, offset: 0,
                finished: saved?.finished ?? [], secondsRead: saved?.secondsRead ?? [:],
                reflections: saved?.reflections ?? [:])
        } else if invocation.command == .read && saved == nil {
            progress = ReadingProgress(
                screen: Screen.reader.rawValue, chapter: 0, unit: 0, offset: 0, finished: [])
        }
        let now = Date()
        state = AppState(
            module: module, moduleKey: key, size: Size(width: 80, height: 24), now: now, progress: progress)
        // A first run opens with a welcome that names the three parts.
        state.showsWelcome =
            invocation.command == .home
            && !FileManager.default.fileExists(atPath: ProgressStore(folder: location.stateFolder).url.path)
        if !wantsPlainText {
            let scorecard = Self.scorecard(location: location, warnings: &warnings)
            state.scorecard = scorecard
            backlog = try invocation.deck.map { path throws(InputError) in
                try TrackerBacklog.read(url: URL(fileURLWithPath: path))
            }
            if backlog == nil && invocation.export == nil && [.home, .read].contains(invocation.command) {
                deferredTriage = Self.deferredTriage(restart: invocation.restart, location: location)
            } else {
                let deck = try backlog?.deck ?? BundledDeck.load()
                state.triage = TriageState(
                    session: Self.session(
                        for: deck, restart: invocation.restart, location: location, now: now,
                        warnings: &warnings),
                    assessment: scorecard.assessment)
            }
            if invocation.export == nil {
                if let problem = DamagedFile.writeProblem(in: location.stateFolder) {
                    warnings.append(problem)
                }
                AtomicFile.removeStaleTemporaries(in: location.stateFolder)
                AtomicFile.removeStaleTemporaries(in: location.stateFolder.appendingPathComponent("triage"))
            }
        }
        switch invocation.command {
        case .triage: state.screen = .triage
        case .scorecard: state.screen = .scorecard
        case .read where invocation.chapter != nil: state.screen = .reader
        default: break
        }
    }

    /// Writes the result `--export` asks for and returns the exit code: the
    /// scorecard alone for `ladder scorecard`, the triage result otherwise.
    func export(to url: URL, invocation: Invocation) -> Int32 {
        let command = invocation.command
        let format: ExportFormat
        do {
            format =
                command == .triage
                ? try ExportFormat.resolve(requested: invocation.format, url: url, backlog: backlog) : .report
        } catch {
            Console.error(error.message)
            return 64
        }
        guard format == .tracker || ["md", "markdown", "json"].contains(url.pathExtension.lowercased()) else {
            Console.error("--export takes a file name ending in .md or .json, not '\(url.lastPathComponent)'")
            return 64
        }
        var isFolder = false
        let folder = url.deletingLastPathComponent()
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder
        else {
            Console.error("\(url.path): the folder \(folder.path) does not exist")
            return 73
        }
        var existing = stat()
        if lstat(url.path, &existing) == 0 && !invocation.force {
            Console.error(
                "\(Sanitizer.visible(url.path)) already exists; choose another name, or add --force to replace it"
            )
            return 73
        }
        do {
            if command == .scorecard {
                try ScorecardOutput.write(state, to: url)
            } else if format == .tracker, let session = state.triage?.session, let backlog {
                try TrackerExport.write(session: session, backlog: backlog, to: url)
            } else if let session = state.triage?.session {
                try TriageOutput.write(session: session, state: state, to: url)
            }
            Console.out("wrote \(Sanitizer.visible(url.path))\n")
            return 0
        } catch {
            Console.error(error.description)
            return error.exitCode
        }
    }

    /// The saved self-assessment and history; a damaged file is reported and
    /// the screen starts without it.
    private static func scorecard(location: StateLocation, warnings: inout [String]) -> ScorecardState {
        var assessment = SelfAssessment()
        var history = ScorecardHistory()
        let folder = location.stateFolder
        do {
            assessment = try AssessmentStore(folder: folder).load()
        } catch {
            let url = AssessmentStore(folder: folder).url
            warnings.append("\(error.description) (\(DamagedFile.moveAside(url)))")
        }
        do {
            history = try ScorecardHistory.load(folder: folder)
        } catch {
            let url = folder.appendingPathComponent(ScorecardHistory.fileName)
            warnings.append("\(error.description) (\(DamagedFile.moveAside(url)))")
        }
        return ScorecardState(assessment: assessment, history: history)
    }

    private static func module(for invocation: Invocation) throws(InputError) -> (Module, String) {
        guard let file = invocation.file else {
            return (try BundledModule.load(), "bundled:career-growth")
        }
        let url = URL(fileURLWithPath: file)
        return (try LessonLoader.load(url: url), "file:" + url.standardizedFileURL.path)
    }

    /// The bundled deck and its saved session, loaded when first needed.
    private static func deferredTriage(restart: Bool, location: StateLocation) -> DeferredTriage {
        DeferredTriage { assessment in
            var warnings: [String] = []
            do throws(InputError) {
                let deck = try BundledDeck.load()
                let session = Self.session(
                    for: deck, restart: restart, location: location, now: Date(), warnings: &warnings)
                return (TriageState(session: session, assessment: assessment), warnings)
            } catch {
                return (nil, [error.description])
            }
        }
    }

    private static func session(
        for deck: Deck, restart: Bool, location: StateLocation, now: Date, warnings: inout [String]
    ) -> TriageSession {
        guard !restart else { return TriageSession(deck: deck, startedAt: now) }
        do {
            if var saved = try TriageStore.load(deck: deck, folder: location.stateFolder) {
                saved.markShown(at: now)
                return saved
            }
        } catch {
            let url = TriageStore.url(for: deck, folder: location.stateFolder)
            warnings.append("\(error.description) (\(DamagedFile.moveAside(url)))")
        }
        return TriageSession(deck: deck, startedAt: now)
    }
}
