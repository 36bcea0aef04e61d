import LadderCore
import Testing

@testable import LadderUI

@Suite struct CellTests {
    @Test func everyGraphemeComesBackAsItWent() {
        let graphemes: [Character] = ["a", " ", "~", "é", "e\u{301}", "世", "👍🏽", "🇫🇷", "👨‍👩‍👧", "─", "\u{7F}"]
        for grapheme in graphemes {
            #expect(Cell(grapheme).character == grapheme)
        }
        #expect(Cell("a").code == 0x61)
        #expect(Cell("e\u{301}").code >= GraphemeCode.clusterBase)
        #expect(Cell("e\u{301}").code == Cell("e\u{301}").code)
        #expect(Cell("🇫🇷").code != Cell("👍🏽").code)
    }

    @Test func onlyPrintableASCIIHasAByte() {
        #expect(Cell("a").printableASCII == 0x61)
        #expect(Cell(" ").printableASCII == 0x20)
        #expect(Cell("\u{7F}").printableASCII == nil)
        #expect(Cell("é").printableASCII == nil)
        #expect(Cell("\t").printableASCII == nil)
    }

    @Test func settingTheCharacterChangesOnlyTheGrapheme() {
        var cell = Cell("a", role: .accent, attributes: [.bold])
        cell.character = "世"
        #expect(cell == Cell("世", role: .accent, attributes: [.bold]))
    }

    /// ASCII text goes a byte a cell; the same text a grapheme at a time
    /// must give the same cells, clipping and control characters included.
    @Test func asciiAndGraphemeWritesAgree() {
        let texts = ["plain words", "tab\there", "cr\r\nlf", "bell\u{7}", "clipped at the edge of it", ""]
        for text in texts {
            for (x, limit) in [(0, nil), (3, 5), (-2, nil), (9, nil)] as [(Int, Int?)] {
                var whole = Layer(rect: Rect(x: 0, y: 0, width: 12, height: 1))
                let wrote = whole.write(text, x: x, y: 0, role: .text, attributes: [.italic], limit: limit)
                var single = Layer(rect: Rect(x: 0, y: 0, width: 12, height: 1))
                let end = min(12, x + (limit ?? 12))
                var column = x
                for character in text {
                    let width = TextWidth.of(character)
                    if width == 0 { continue }
                    if column + width > end { break }
                    single.write(character: character, x: column, y: 0, role: .text, attributes: [.italic])
                    column += width
                }
                #expect(whole.cells == single.cells, "\(text) at \(x)")
                #expect(wrote == max(0, column - x), "\(text) at \(x)")
            }
        }
    }

    @Test func aWideGraphemeTakesTwoCellsAndIsCutWhole() {
        var layer = Layer(rect: Rect(x: 0, y: 0, width: 5, height: 1))
        #expect(layer.write("a世b", x: 0, y: 0, role: .text) == 4)
        #expect(layer.cells.map(\.isContinuation) == [false, false, true, false, false])
        #expect(layer.write(character: "界", x: 4, y: 0, role: .text) == 0)
        #expect(layer.text(row: 0) == "a世b ")
        // Overwriting half of a wide grapheme blanks its other half.
        layer.write(character: "x", x: 2, y: 0, role: .text)
        #expect(layer.text(row: 0) == "a xb ")
    }
}

@Suite struct CellLayoutTests {
    /// `Cell.bits` reads the cell as one word: it must stay eight bytes.
    @Test func aCellIsOneWord() {
        #expect(MemoryLayout<Cell>.size == 8)
        #expect(Cell("a", role: .text) != Cell("a", role: .accent))
        #expect(Cell("a", attributes: [.bold]) != Cell("a"))
        #expect(Cell(" ", isContinuation: true) != Cell(" "))
        #expect(Cell("a").bits == Cell("a").bits)
    }
}
