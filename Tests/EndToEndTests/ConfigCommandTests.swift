import Foundation
import TestSupport
import Testing

/// `ladder config`: where each setting came from, and `set` writing one line.
@Suite struct ConfigCommandTests {
    /// Private XDG folders with `text` as the configuration file.
    func folders(config text: String?) throws -> (environment: [String: String], file: URL) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("ladder-config-\(UUID())")
        let folder = root.appendingPathComponent("config/ladder")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("config")
        if let text { try text.write(to: file, atomically: true, encoding: .utf8) }
        let environment = [
            "XDG_CONFIG_HOME": root.appendingPathComponent("config").path,
            "XDG_STATE_HOME": root.appendingPathComponent("state").path, "LADDER_THEME": "",
        ]
        return (environment, file)
    }

    @Test func printSaysWhereEachValueCameFrom() throws {
        let (environment, file) = try folders(config: "theme = light\nmouse = off\n[keys]\ntriage.undo = U\n")
        var withEnvironment = environment
        withEnvironment["NO_COLOR"] = "1"
        let result = try runLadder(["config", "--print", "--reduced-motion"], environment: withEnvironment)
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n").map { line in
            line.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        }
        #expect(lines.contains("theme = light # config file \(file.path):1"))
        #expect(lines.contains("mouse = off # config file \(file.path):2"))
        #expect(lines.contains("width = 72 # default"))
        #expect(lines.contains("reduced-motion = on # flag --reduced-motion"))
        #expect(lines.contains("color = off # environment NO_COLOR"))
        #expect(lines.contains("triage.undo = U # config file \(file.path):4"))
        #expect(lines.contains("triage.redo = C-r # default"))
        let flagged = try runLadder(["config", "--theme", "mono"], environment: environment)
        #expect(flagged.output.contains("theme = mono"))
        withEnvironment["LADDER_THEME"] = "ansi"
        let fromEnvironment = try runLadder(["config"], environment: withEnvironment).output
        #expect(fromEnvironment.contains("# environment LADDER_THEME"))
        #expect(fromEnvironment.contains("theme = ansi"))
    }

    @Test func whatPrintWritesReadsBackAsAConfigurationFile() throws {
        let (environment, file) = try folders(config: "keys = emacs\n")
        let printed = try runLadder(["config", "--print"], environment: environment).output
        try printed.write(to: file, atomically: true, encoding: .utf8)
        let again = try runLadder(["config", "--print"], environment: environment)
        #expect(again.error.isEmpty)
        #expect(again.status == 0)
    }

    @Test func setKeepsCommentsAndOtherLinesAndRefusesWhatWouldNotWork() throws {
        let original = "# mine\ntheme = dark  # for night\n\n[keys]\n# sorting\ntriage.undo = U\n"
        let (environment, file) = try folders(config: original)
        let set = try runLadder(["config", "set", "theme", "light"], environment: environment)
        #expect(set.status == 0)
        #expect(
            try String(contentsOf: file, encoding: .utf8)
                == original.replacing("theme = dark", with: "theme = light"))
        #expect(try runLadder(["config", "set", "triage.skip", "S"], environment: environment).status == 0)
        #expect(try String(contentsOf: file, encoding: .utf8).hasSuffix("triage.undo = U\ntriage.skip = S\n"))
        let before = try String(contentsOf: file, encoding: .utf8)
        for (words, message) in [
            (["theme", "nosuch"], "no theme by this name"), (["mouse", "maybe"], "mouse takes on or off"),
            (["triage.sideways", "x"], "unknown action"),
            (["triage.note", "U"], "already bound to triage.undo"),
            (["colour", "off"], "unknown setting 'colour'"),
        ] {
            let refused = try runLadder(["config", "set"] + words, environment: environment)
            #expect(refused.status == 64, "\(words)")
            #expect(refused.error.contains(message), "\(refused.error)")
        }
        #expect(try String(contentsOf: file, encoding: .utf8) == before)
        let taken = try runLadder(["config", "set", "triage.note", "U"], environment: environment)
        #expect(
            taken.error.contains("U for triage.note is already bound to triage.undo in "), "\(taken.error)")
        #expect(
            taken.error.contains(
                "; nothing was written: choose another key for triage.note, or first give triage.undo another key "
                    + "(ladder config set triage.undo KEY)"), "\(taken.error)")
        #expect(!taken.error.contains("this line is left out"))
    }

    @Test func aFlagIsNeverWrittenDown() throws {
        let (environment, file) = try folders(config: nil)
        _ = try runLadder(
            ["read", "--plain", "--theme", "light", "--reduced-motion"], environment: environment)
        #expect(!FileManager.default.fileExists(atPath: file.path))
        #expect(try runLadder(["config", "--path"], environment: environment).output == file.path + "\n")
    }

    @Test func mistakesAreNamedAndLadderStillRuns() throws {
        let (environment, file) = try folders(config: "width = 40\nmouse = sometimes\n[keys]\napp.fly = x\n")
        let result = try runLadder(["read", "--plain", "--chapter", "1"], environment: environment)
        #expect(result.status == 0)
        #expect(result.error.contains("\(file.path):2: mouse takes on or off, not 'sometimes'"))
        #expect(result.error.contains("\(file.path):4: unknown action 'app.fly'"))
        let widest = result.output.split(separator: "\n").map(\.count).max() ?? 0
        #expect(widest <= 40 && widest > 30, "the file's width wraps plain output")
    }
}

/// Every command's `--help` gives its usage, its options and examples.
@Suite struct HelpExampleTests {
    @Test(arguments: [
        "read", "triage", "scorecard", "themes", "room", "report", "completions", "manual", "join", "config",
    ])
    func everyCommandsHelpHasUsageOptionsAndExamples(command: String) throws {
        let help = try runLadder([command, "--help"]).output
        #expect(help.hasPrefix("Usage"), "\(command)")
        #expect(help.contains("Options for every command:"))
        let lines = help.split(separator: "\n", omittingEmptySubsequences: false)
        let start = try #require(lines.firstIndex(of: "Examples:"), "\(command) has examples")
        let examples = lines[(start + 1)...].prefix { $0.hasPrefix("  ladder") }
        #expect((2...3).contains(examples.count), "\(command): \(examples.count) examples")
        #expect(examples.allSatisfy { $0.hasPrefix("  ladder \(command)") || $0.hasPrefix("  ladder --") })
    }
}

/// The README's example configuration is one ladder reads without a problem.
@Suite struct ReadmeConfigTests {
    @Test func theExampleFileReadsCleanlyAndTakesEffect() throws {
        let readme = try String(
            contentsOf: Fixtures.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.range(of: "## Configuration\n"))
        let after = readme[section.upperBound...]
        let start = try #require(after.range(of: "```ini\n"))
        let end = try #require(after[start.upperBound...].range(of: "```"))
        let example = String(after[start.upperBound..<end.lowerBound])
        let (environment, file) = try ConfigCommandTests().folders(config: example)
        let result = try runLadder(["config", "--print"], environment: environment)
        #expect(result.error.isEmpty, "\(result.error)")
        let lines = result.output.split(separator: "\n").map { line in
            line.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        }
        #expect(lines.contains("keys = emacs # config file \(file.path):8"))
        #expect(lines.contains { $0.hasPrefix("triage.sort-advances = a Right # config file") })
        #expect(lines.contains { $0.hasPrefix("reader.line = C-n C-p Down Up # config file \(file.path):8") })
    }
}
