import Foundation
import Testing

@testable import LadderCore

/// The dialect a CSV file was written in is learnt and reproduced exactly.
@Suite struct CSVDialectTests {
    /// `text` read as a backlog and encoded again without changes.
    static func reencoded(_ text: String) throws -> String {
        let (_, backlog) = try CSVBacklog.read(text: text, file: "t.csv", title: "t")
        return String(
            decoding: CSVBacklogWriter.encode(backlog.rows, dialect: backlog.dialect), as: UTF8.self)
    }

    @Test(arguments: [
        "Title;Detail\r\n\"a;b\";c\r\nd;\"\"\r\n",
        "Title,Detail\rone,\"two\rlines\"\rthree,x",
        "\u{FEFF}\"Title\",\"Note\"\n\"x\",\"\"\n\"y\",\"said \"\"no\"\"\"\n",
        "Title\tBody\n x \tunquoted \" inside\n",
        "Summary,Labels,Labels\nA,,\nB,one,two\n",
    ])
    func unchangedRowsAreWrittenByteForByte(text: String) throws {
        #expect(try Self.reencoded(text) == text)
    }

    @Test func newCellsFollowTheFilesHabit() throws {
        func written(_ text: String, verdict: String, note: String) throws -> String {
            let (_, backlog) = try CSVBacklog.read(text: text, file: "t.csv", title: "t")
            let cells = backlog.cardRows.map { _ in (verdict: verdict, note: note) }
            return String(decoding: CSVBacklogWriter.write(backlog, cells: cells), as: UTF8.self)
        }
        #expect(
            try written("\"Title\",\"X\"\n\"a\",\"\"\n", verdict: "advances you", note: "")
                == "\"Title\",\"X\",\"ladder\",\"ladder note\"\n\"a\",\"\",\"advances you\",\"\"\n")
        #expect(
            try written("Title;X\na;\n", verdict: "skipped", note: "a; b")
                == "Title;X;ladder;ladder note\na;;skipped;\"a; b\"\n")
        #expect(
            try written("Title,X,y\nshort\n", verdict: "skipped", note: " padded ")
                == "Title,X,y,ladder,ladder note\nshort,,,skipped,\" padded \"\n")
    }
}
