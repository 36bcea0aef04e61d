import Foundation
import TestSupport
import Testing

/// What the shipped `ladder` executable is built from.
@Suite(.enabled(if: Fixtures.ladderBinary != nil))
struct ShippedBinaryTests {
    @Test func ladderLinksNoTestCode() throws {
        let binary = try Data(contentsOf: try #require(Fixtures.ladderBinary))
        // Swift mangles every symbol with its module's name: TestSupport's
        // would carry "11TestSupport", the runner's "9LadderApp".
        #expect(binary.range(of: Data("11TestSupport".utf8)) == nil)
        #expect(binary.range(of: Data("9LadderApp".utf8)) != nil)
    }

    /// Full Foundation links ICU (about 50 MB) and its conformance tables into
    /// the binary: start-up scans them and its pages count in resident memory.
    /// The app's targets use FoundationEssentials, and Glibc for system calls.
    @Test func appTargetsImportOnlyFoundationEssentials() throws {
        let targets = ["LadderCore", "LadderUI", "LadderTerminal", "LadderApp", "ladder"]
        let heavy = ["Foundation", "FoundationInternationalization", "FoundationNetworking", "FoundationXML"]
        var offenders: [String] = []
        for target in targets {
            let folder = Fixtures.packageRoot.appendingPathComponent("Sources/\(target)")
            let files =
                FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
            for file in files where file.hasSuffix(".swift") {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
                    .enumerated()
                {
                    let words = line.split(separator: " ").map(String.init)
                    guard words.first?.hasPrefix("//") == false, let at = words.firstIndex(of: "import"),
                        at + 1 < words.count
                    else { continue }
                    let module = words[at + 1].split(separator: ".").first.map(String.init) ?? ""
                    if heavy.contains(module) {
                        offenders.append("Sources/\(target)/\(file):\(number + 1): \(line)")
                    }
                }
            }
        }
        #expect(
            offenders.isEmpty,
            "import FoundationEssentials (and Glibc) instead:\n\(offenders.joined(separator: "\n"))")
    }
}
