import LadderTerminal
import LadderUI
import Testing

/// Mouse reports (SGR and X10) and bracketed paste.
@Suite struct DecoderMouseAndPasteTests {
    @Test func sgrClicksAreZeroBasedCells() {
        #expect(
            decode("\u{1B}[<0;10;5M\u{1B}[<0;10;5m") == [
                .mouse(MouseEvent(.press(.left), column: 9, row: 4)),
                .mouse(MouseEvent(.release(.left), column: 9, row: 4)),
            ])
        #expect(decode("\u{1B}[<2;1;1M") == [.mouse(MouseEvent(.press(.right), column: 0, row: 0))])
        #expect(decode("\u{1B}[<1;300;90M") == [.mouse(MouseEvent(.press(.middle), column: 299, row: 89))])
        // Shift (4), Meta (8) and Control (16) are ignored.
        #expect(decode("\u{1B}[<16;3;4M") == [.mouse(MouseEvent(.press(.left), column: 2, row: 3))])
    }

    @Test func sgrWheel() {
        #expect(
            decode("\u{1B}[<64;20;7M\u{1B}[<65;20;8M") == [
                .mouse(MouseEvent(.wheelUp, column: 19, row: 6)),
                .mouse(MouseEvent(.wheelDown, column: 19, row: 7)),
            ])
    }

    @Test func sgrReportsWithNoMeaningAreSwallowed() {
        // Motion, horizontal wheel, extra buttons, bad coordinates.
        #expect(decode("\u{1B}[<32;5;5M\u{1B}[<66;5;5M\u{1B}[<128;5;5M\u{1B}[<0;0;5M\u{1B}[<0;5M").isEmpty)
        #expect(keys("\u{1B}[<0;5;5Xj") == [.character("j")])
    }

    @Test func x10ReportsIncludingBytesAbove127() {
        // Button 0 at column 10, row 5: each byte is the value plus 32, 1-based.
        #expect(
            decode("\u{1B}[M \u{2A}\u{25}") == [.mouse(MouseEvent(.press(.left), column: 9, row: 4))])
        var decoder = InputDecoder()
        let far: [UInt8] = [0x1B, 0x5B, 0x4D, 0x20, 0xC8, 0x30, 0x1B, 0x5B, 0x4D, 0x23, 0xC8, 0x30]
        #expect(
            decoder.feed(far) == [
                .mouse(MouseEvent(.press(.left), column: 167, row: 15)),
                .mouse(MouseEvent(.release(.left), column: 167, row: 15)),
            ])
        #expect(decode("\u{1B}[M\u{60}\u{21}\u{21}") == [.mouse(MouseEvent(.wheelUp, column: 0, row: 0))])
    }

    @Test func aPasteArrivesAsOneTextNotCommands() {
        #expect(keys("\u{1B}[200~q/[jj\u{1B}[201~") == [.paste("q/[jj")])
        #expect(keys("a\u{1B}[200~x\u{1B}[201~b") == [.character("a"), .paste("x"), .character("b")])
    }

    @Test func aPasteKeepsLinesAndDropsEscapes() {
        #expect(
            keys("\u{1B}[200~one\r\ntwo\rthree\nfour\u{1B}[31m\tend\u{7}\u{1B}[201~") == [
                .paste("one\ntwo\nthree\nfour[31m\tend")
            ])
        #expect(keys("\u{1B}[200~日本🙂\u{1B}[201~") == [.paste("日本🙂")])
        #expect(keys("\u{1B}[200~\u{1B}[201~") == [.paste("")])
    }

    @Test func aPasteSplitAcrossReadsAndOneWhoseEndNeverCame() {
        var decoder = InputDecoder()
        var inputs: [TerminalInput] = []
        for byte in Array("\u{1B}[200~hello\u{1B}[201~".utf8) { inputs += decoder.feed([byte]) }
        #expect(inputs == [.key(.paste("hello"))])
        #expect(decoder.feed(Array("\u{1B}[200~half".utf8)).isEmpty)
        #expect(decoder.pendingWait == .paste)
        #expect(decoder.timedOut() == [.key(.paste("half"))])
        #expect(decoder.pendingWait == nil)
    }

    @Test func aHugePasteIsCutAtTheLimitAndStillEnds() {
        let text = String(repeating: "x", count: 70_000)
        let pasted = keys("\u{1B}[200~" + text + "\u{1B}[201~j")
        #expect(pasted.count == 2)
        #expect(pasted.last == .character("j"))
        guard case .paste(let kept) = pasted.first else {
            Issue.record("expected a paste")
            return
        }
        #expect(kept.count == 65_536)
    }
}
