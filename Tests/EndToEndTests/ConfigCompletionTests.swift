import Foundation
import TestSupport
import Testing

/// `ladder config set <Tab>` offers exactly the names `config set` takes,
/// and then the values a name takes when they are a few words or a theme.
@Suite struct ConfigCompletionTests {
    /// A fresh home, so that `config set` writes a file nobody else reads.
    private let home = FileManager.default.temporaryDirectory.appendingPathComponent("ladder-cc-\(UUID())")

    private var environment: [String: String] {
        [
            "HOME": home.path, "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
            "XDG_STATE_HOME": home.appendingPathComponent("state").path,
        ]
    }

    /// What bash offers for each line of words, one answer per line.
    private func bash(_ lines: [String]) throws -> [[String]] {
        let script = try runLadder(["completions", "bash"])
        let file = home.appendingPathComponent("ladder.bash")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        try Data(script.output.utf8).write(to: file)
        let binary = try #require(Fixtures.ladderBinary)
        let probe = """
            PATH=\(binary.deletingLastPathComponent().path):$PATH
            source \(file.path)
            t() { COMP_WORDS=("$@"); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); COMPREPLY=(); _ladder; echo "${COMPREPLY[*]}"; }
            \(lines.map { "t " + $0 }.joined(separator: "\n"))
            """
        let result = try Subprocess.run("/bin/bash", ["-c", probe])
        #expect(result.status == 0)
        return result.output.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            .map { $0.split(separator: " ").map(String.init) }
    }

    @Test func theNamesOfferedAreTheNamesConfigSetTakes() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        let offered = try bash(["ladder config \"\"", "ladder config set \"\"", "ladder config set room.re"])
        #expect(offered[0] == ["set"])
        #expect(offered[2] == ["room.reveal", "room.reveal-yes", "room.reveal-no"])
        let names = offered[1]
        // Every name --print writes (a setting, or an action under [keys]) is offered, and no other.
        let printed = try runLadder(["config", "--print"], environment: environment).output
            .split(separator: "\n").compactMap { line -> String? in
                guard !line.hasPrefix("#"), let equals = line.range(of: " = ") else { return nil }
                return String(line[..<equals.lowerBound])
            }
        #expect(Set(names) == Set(printed))
        #expect(names.count == printed.count && names.count > 80)
        // And `config set` knows each: an empty value is refused for what it is, never as an unknown name.
        for name in names {
            let set = try runLadder(["config", "set", name, ""], environment: environment)
            #expect(set.status == 64)
            #expect(!set.error.contains("unknown"), "\(name): \(set.error)")
        }
        for name in ["colour", "triage.sideways", "room"] {
            #expect(!names.contains(name))
            let set = try runLadder(["config", "set", name, "on"], environment: environment)
            #expect(set.status == 64 && set.error.contains("unknown"), "\(name)")
        }
    }

    @Test func theValuesOfferedAreTakenByConfigSet() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        let settings = ["mouse", "reduced-motion", "color", "cursor", "keys", "theme"]
        let offered = try bash(
            settings.map { "ladder config set \($0) \"\"" } + [
                "ladder config --print set keys e", "ladder config set width \"\"",
                "ladder config set triage.undo \"\"", "ladder config set theme li",
            ])
        #expect(offered[0] == ["on", "off"])
        #expect(offered[4] == ["vim", "emacs", "arrows"])
        #expect(offered[5].contains("dark") && offered[5].contains("high-contrast"))
        #expect(offered[6] == ["emacs"])
        #expect(offered[7].isEmpty && offered[8].isEmpty, "widths and keys are typed")
        #expect(offered[9] == ["light"])
        for (setting, values) in zip(settings, offered) {
            for value in values where !value.hasSuffix("/") {
                let set = try runLadder(["config", "set", setting, value], environment: environment)
                #expect(set.status == 0, "\(setting) \(value): \(set.error)")
            }
        }
    }

    @Test func fishOffersWhatBashOffers() throws {
        defer { try? FileManager.default.removeItem(at: home) }
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/fish") else { return }
        let lines = ["config \"\"", "config set \"\"", "config set keys \"\"", "config set color \"\""]
        let fromBash = try bash(lines.map { "ladder " + $0 })
        let script = home.appendingPathComponent("ladder.fish")
        try Data(try runLadder(["completions", "fish"]).output.utf8).write(to: script)
        let binary = try #require(Fixtures.ladderBinary)
        for (line, expected) in zip(
            ["config ", "config set ", "config set keys ", "config set color "], fromBash)
        {
            let probe =
                "set PATH \(binary.deletingLastPathComponent().path) $PATH; source \(script.path); "
                + "complete -C 'ladder \(line)'"
            let result = try Subprocess.run("/usr/bin/fish", ["-c", probe])
            let words = result.output.split(separator: "\n").map { String($0.split(separator: "\t")[0]) }
            #expect(Set(words) == Set(expected), "ladder \(line)")
        }
    }
}
