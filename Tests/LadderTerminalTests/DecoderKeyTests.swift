import LadderTerminal
import LadderUI
import Testing

/// Decodes `text` (escapes written as `\u{1B}`) in one go, then lets the
/// escape delay run out, as a terminal that sent it and stopped would.
func decode(_ text: String) -> [TerminalInput] {
    var decoder = InputDecoder()
    return decoder.feed(Array(text.utf8)) + decoder.timedOut()
}

/// The keys `text` decodes to.
func keys(_ text: String) -> [KeyEvent] {
    decode(text).compactMap { input in
        if case .key(let key) = input { return key }
        return nil
    }
}

/// Keys as the common terminals send them, each decoded whole.
@Suite struct DecoderKeyTests {
    @Test(arguments: [
        ("\u{1B}[1~", KeyEvent.home), ("\u{1B}[7~", .home), ("\u{1B}[H", .home), ("\u{1B}OH", .home),
        ("\u{1B}[1;5H", .home), ("\u{1B}[7^", .home), ("\u{1B}[7$", .home),
        ("\u{1B}[4~", .end), ("\u{1B}[8~", .end), ("\u{1B}[F", .end), ("\u{1B}OF", .end),
        ("\u{1B}[1;2F", .end),
        ("\u{1B}[2~", .insert), ("\u{1B}[3~", .delete), ("\u{1B}[3;5~", .delete),
        ("\u{1B}[5~", .pageUp), ("\u{1B}[6~", .pageDown), ("\u{1B}[6^", .pageDown),
        ("\u{1B}[A", .up), ("\u{1B}OA", .up), ("\u{1B}[1;5A", .up), ("\u{1B}[a", .up), ("\u{1B}Oa", .up),
        ("\u{1B}[B", .down), ("\u{1B}OB", .down), ("\u{1B}[C", .right), ("\u{1B}OC", .right),
        ("\u{1B}[D", .left), ("\u{1B}OD", .left),
        ("\u{1B}[Z", .backTab), ("\u{1B}OM", .enter),
    ])
    func editingAndCursorKeys(sequence: String, key: KeyEvent) {
        #expect(keys(sequence) == [key])
    }

    @Test func functionKeysOfEachFamily() {
        // xterm and tmux: SS3 for F1–F4, CSI numbers from F5.
        #expect(keys("\u{1B}OP\u{1B}OQ\u{1B}OR\u{1B}OS") == (1...4).map(KeyEvent.function))
        #expect(keys("\u{1B}[15~\u{1B}[17~\u{1B}[18~\u{1B}[19~") == (5...8).map(KeyEvent.function))
        #expect(keys("\u{1B}[20~\u{1B}[21~\u{1B}[23~\u{1B}[24~") == (9...12).map(KeyEvent.function))
        // rxvt and screen: CSI 11 to 14 for F1–F4.
        #expect(keys("\u{1B}[11~\u{1B}[12~\u{1B}[13~\u{1B}[14~") == (1...4).map(KeyEvent.function))
        // xterm with modifiers, and the Linux console.
        #expect(keys("\u{1B}[1;2P\u{1B}[1;5S\u{1B}[15;2~") == [.function(1), .function(4), .function(5)])
        #expect(keys("\u{1B}[[A\u{1B}[[E") == [.function(1), .function(5)])
    }

    @Test func endUnderTmuxIsNeverPreviousChapter() {
        // The bug this decoder fixes: ESC [ 4 ~ read as Esc, "[", "4", "~".
        #expect(keys("\u{1B}[4~") == [.end])
        #expect(!keys("\u{1B}[4~").contains(.character("[")))
    }

    @Test func unknownSequencesAreSwallowedWhole() {
        #expect(decode("\u{1B}[99~").isEmpty)
        #expect(decode("\u{1B}[25~").isEmpty)
        #expect(decode("\u{1B}[I\u{1B}[O").isEmpty)
        #expect(decode("\u{1B}[?1;2c").isEmpty)
        #expect(decode("\u{1B}[97;5u").isEmpty)
        #expect(decode("\u{1B}OX").map { $0 } == [.key(.character("="))])
        #expect(keys("\u{1B}[123;45;67;89zq") == [.character("q")])
        let long = "\u{1B}[" + String(repeating: "1;", count: 100) + "~j"
        #expect(keys(long) == [.character("j")])
    }

    @Test func aSequenceCutShortIsDroppedAndTheNextStartsClean() {
        #expect(keys("\u{1B}[4\u{1B}[4~") == [.end])
        // A control character inside a sequence ends it and counts on its own.
        #expect(keys("\u{1B}[1\u{7}j") == [.control("g"), .character("j")])
        var decoder = InputDecoder()
        #expect(decoder.feed(Array("\u{1B}[4".utf8)).isEmpty)
        #expect(decoder.pendingWait == .sequence)
        #expect(decoder.timedOut().isEmpty)
        #expect(decoder.feed(Array("~".utf8)) == [.key(.character("~"))])
    }

    @Test func escapeAloneWaitsForTheDelayThenIsEscape() {
        var decoder = InputDecoder()
        #expect(decoder.feed([27]).isEmpty)
        #expect(decoder.pendingWait == .sequence)
        #expect(decoder.timedOut() == [.key(.escape)])
        #expect(decoder.pendingWait == nil)
        #expect(keys("\u{1B}\u{1B}") == [.escape, .escape])
        // Alt with a key arrives as one key; the app splits it when unbound.
        #expect(keys("\u{1B}q") == [.alt("q")])
        #expect(keys("\u{1B}\u{3}") == [.escape, .control("c")])
    }

    @Test func sequencesSplitAcrossReadsStillDecodeWhole() {
        var decoder = InputDecoder()
        var inputs: [TerminalInput] = []
        for byte in Array("\u{1B}[4~\u{1B}OH".utf8) { inputs += decoder.feed([byte]) }
        #expect(inputs == [.key(.end), .key(.home)])
    }

    @Test func plainCharactersAndControls() {
        #expect(keys("jk/?") == [.character("j"), .character("k"), .character("/"), .character("?")])
        #expect(keys("\r\n\t\u{7F}\u{8}") == [.enter, .enter, .tab, .backspace, .backspace])
        #expect(keys("\u{3}\u{C}\u{15}") == [.control("c"), .control("l"), .control("u")])
        #expect(keys("\u{0}\u{1C}").isEmpty)
        #expect(keys("é日🙂") == [.character("é"), .character("日"), .character("🙂")])
    }

    @Test func utf8SplitAcrossReadsAndBrokenBytes() {
        var decoder = InputDecoder()
        let bytes = Array("日".utf8)
        #expect(decoder.feed(bytes.prefix(2)).isEmpty)
        #expect(decoder.pendingWait == .sequence)
        #expect(decoder.feed(bytes.suffix(1)) == [.key(.character("日"))])
        // A stray continuation byte, an overlong form and a cut character are dropped.
        #expect(decoder.feed([0x80, 0xC0, 0xAF, 0xE6, 0x97, 0x6A]) == [.key(.character("j"))])
    }
}
