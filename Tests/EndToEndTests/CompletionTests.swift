import Foundation
import TestSupport
import Testing

/// The shell completion scripts parse in their shells and complete what the
/// command line takes.
@Suite struct CompletionTests {
    private func script(_ shell: String) throws -> URL {
        let result = try runLadder(["completions", shell])
        #expect(result.status == 0)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("ladder-\(UUID()).\(shell)")
        try Data(result.output.utf8).write(to: file)
        return file
    }

    private func which(_ name: String) -> String? {
        ["/usr/bin", "/bin", "/usr/local/bin"].map { "\($0)/\(name)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func scriptParses(shell: String) throws {
        let file = try script(shell)
        defer { try? FileManager.default.removeItem(at: file) }
        guard let program = which(shell) else { return }
        let check = try Subprocess.run(program, ["-n", file.path])
        #expect(check.status == 0, "\(shell) -n rejects the script")
    }

    @Test func bashCompletesCommandsOptionsValuesAndThemes() throws {
        let file = try script("bash")
        defer { try? FileManager.default.removeItem(at: file) }
        let binary = try #require(Fixtures.ladderBinary)
        let probe = """
            PATH=\(binary.deletingLastPathComponent().path):$PATH
            source \(file.path)
            t() { COMP_WORDS=("$@"); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); COMPREPLY=(); _ladder; echo "${COMPREPLY[*]}"; }
            t ladder tr
            t ladder triage --fo
            t ladder report --format ""
            t ladder --theme da
            t ladder completions ""
            """
        let result = try Subprocess.run("/bin/bash", ["-c", probe])
        #expect(result.status == 0)
        #expect(
            result.output.split(separator: "\n").map(String.init) == [
                "triage", "--force --format", "md csv json", "dark", "bash zsh fish",
            ])
    }

    @Test func unknownShellIsAUsageError() throws {
        let result = try runLadder(["completions", "tcsh"])
        #expect(result.status == 64)
        #expect(result.error.contains("bash, zsh or fish"))
    }
}
