import Foundation
import LadderCore
import Testing

@Suite struct DeckReaderTests {
    @Test func sniffsFromContentNotExtension() throws {
        #expect(DeckFormat.sniff("  \n[\"a\"]") == .json)
        #expect(DeckFormat.sniff("{\"cards\": []}") == .json)
        #expect(DeckFormat.sniff("# Title\n- a") == .markdown)
        #expect(DeckFormat.sniff("\n- [ ] a") == .markdown)
        #expect(DeckFormat.sniff("* a") == .markdown)
        #expect(DeckFormat.sniff("1. first") == .markdown)
        #expect(DeckFormat.sniff("<!-- note -->\n- a") == .markdown)
        #expect(DeckFormat.sniff("Summary,Status\nA,Open") == .csv)
        #expect(DeckFormat.sniff("\u{FEFF}Title;Body") == .csv)
        #expect(DeckFormat.sniff("Title\tBody") == .csv)
        #expect(DeckFormat.sniff("\"Title\"\nA") == .csv)
        #expect(DeckFormat.sniff("#,Title\n1,A") == .csv)
        // A Markdown file named .csv is still read as Markdown.
        let deck = try DeckReader.read(text: "- [advances] Say no\n", name: "misnamed.csv")
        #expect(deck.cards.first?.verdict == .advances)
    }

    @Test func idsAreStableUniqueAndSlugged() throws {
        let text = "- Fix the Login Bug!\n- fix the login bug\n- 日本語 タイトル\n- ???\n- Fix the login bug-2\n"
        let deck = try DeckReader.read(text: text, name: "ids.md")
        #expect(
            deck.cards.map(\.id) == [
                "fix-the-login-bug", "fix-the-login-bug-2", "日本語-タイトル", "card-4", "fix-the-login-bug-2-2",
            ])
        let again = try DeckReader.read(text: text, name: "ids.md")
        #expect(again == deck)
    }

    @Test func emptyAndWhitespaceFilesAreErrors() {
        #expect(
            DeckTestSupport.error("")?.message
                == "the file is empty; expected a CSV, Markdown or JSON backlog")
        #expect(DeckTestSupport.error("\u{FEFF}\n  \r\n")?.kind == .badData)
    }

    @Test func binaryGarbageIsRefused() throws {
        let garbage = String(decoding: (0..<512).map { UInt8(($0 * 37 + 11) % 256) }, as: UTF8.self)
        #expect(DeckTestSupport.error(garbage)?.message.contains("binary") == true)
        #expect(DeckTestSupport.error("Title\nA\u{0}B\n")?.message.contains("binary") == true)
        let folder = DeckTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("bad.csv")
        try Data([0x54, 0x69, 0xFF, 0xFE, 0x80, 0x0A]).write(to: file)
        #expect(throws: InputError.self) { try DeckReader.read(url: file) }
        do {
            _ = try DeckReader.read(url: file)
        } catch {
            #expect(error.message.contains("not UTF-8"))
            #expect(error.file == file.path)
        }
    }

    @Test func readsFilesAndReportsMissingOnes() throws {
        let folder = DeckTestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("sprint.txt")
        try Data("Title,Verdict\nShip it,output\n".utf8).write(to: file)
        let deck = try DeckReader.read(url: file)
        #expect(deck.title == "sprint")
        #expect(deck.cards.first?.verdict == .productive)
        do {
            _ = try DeckReader.read(url: folder.appendingPathComponent("missing.csv"))
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .noInput)
            #expect(error.exitCode == 66)
        }
        do {
            _ = try DeckReader.read(url: folder)
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .noInput)
        }
    }
}
