import Foundation
import LadderCore
import LadderTerminal
import LadderUI

/// The command line: parses, dispatches, and maps failures to sysexits codes.
enum Ladder {
    static func run(arguments: [String], environment: [String: String]) -> Int32 {
        let invocation: Invocation
        do {
            invocation = try ArgumentParser.parse(arguments)
        } catch {
            Console.error("\(error.message)\nTry 'ladder help \(error.command == .home ? "" : error.command.rawValue)' for usage.")
            return 64
        }
        if invocation.wantsVersion {
            Console.out(Usage.version + "\n")
            return 0
        }
        if invocation.wantsHelp {
            Console.out(Usage.text(for: invocation.command) + "\n")
            return 0
        }
        let location = StateLocation(environment: environment, override: invocation.stateDir)
        switch invocation.command {
        case .home, .read:
            return read(invocation, location: location, environment: environment)
        case .triage, .scorecard, .themes:
            Console.error("'\(invocation.command.rawValue)' is not available in this build")
            return 64
        }
    }

    private static func read(_ invocation: Invocation, location: StateLocation, environment: [String: String]) -> Int32 {
        let module: Module
        let key: String
        do {
            if let file = invocation.file {
                let url = URL(fileURLWithPath: file)
                module = try LessonLoader.load(url: url)
                key = "file:" + url.standardizedFileURL.path
            } else {
                module = try BundledModule.load()
                key = "bundled:career-growth"
            }
        } catch {
            Console.error(error.description)
            return error.exitCode
        }
        if let chapter = invocation.chapter, chapter > module.chapters.count {
            Console.error("--chapter \(chapter) is out of range: the module has \(module.chapters.count) chapters")
            return 64
        }
        let chapterIndex = invocation.chapter.map { $0 - 1 }
        if invocation.plain || (invocation.command == .read && !Console.outputIsTerminal) {
            Console.out(PlainText.render(module, width: invocation.width ?? 72, only: chapterIndex))
            return 0
        }
        let keeper = ProgressKeeper(folder: location.stateFolder)
        if let warning = keeper.warning { Console.error(warning) }
        var progress = keeper.progress(for: key)
        if let chapterIndex {
            progress = ReadingProgress(
                screen: Screen.reader.rawValue, chapter: chapterIndex, unit: 0, offset: 0,
                finished: progress?.finished ?? [])
        } else if invocation.command == .read && progress == nil {
            progress = ReadingProgress(screen: Screen.reader.rawValue, chapter: 0, unit: 0, offset: 0, finished: [])
        }
        let noColor = invocation.noColor || !(environment["NO_COLOR"] ?? "").isEmpty
        var state = AppState(
            module: module, moduleKey: key, size: Size(width: 80, height: 24), now: Date(), progress: progress)
        state.themeName = Theme.plain.name
        var session = ReaderSession(
            state: state, keeper: keeper, theme: Theme.plain, colorMode: noColor ? .none : .automatic,
            environment: environment)
        return session.run()
    }
}
