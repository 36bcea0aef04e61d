import Testing

@testable import LadderCore

/// The byte-level JSON deck reader either gives exactly what the tree
/// reader gives (deck, source elements, and the layout a write-back needs)
/// or steps aside; it never accepts a file the tree reader refuses.
@Suite struct JSONDeckScannerTests {
    /// What the scanner makes of `text`, checked against the tree reader;
    /// true when the scanner read it.
    @discardableResult
    static func check(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        let scanned = JSONDeckScanner.read(text: text, file: "d.json", title: "d")
        let tree = try? JSONBacklog.readTree(text: text, file: "d.json", title: "d")
        guard let scanned else { return false }
        guard let tree else {
            Issue.record("scanned a deck the tree reader refuses: \(text)", sourceLocation: sourceLocation)
            return true
        }
        #expect(scanned.deck == tree.0, sourceLocation: sourceLocation)
        #expect(scanned.sources == tree.sources, sourceLocation: sourceLocation)
        #expect(scanned.objects == tree.1?.cards, sourceLocation: sourceLocation)
        return true
    }

    static let usual = """
        [
        {"key": "PM-1", "title": "Redesign reporting (1)", "description": "The trust of the team.", "group": "area-1"},
        {"key": "PM-2", "title": "Rework  permissions\\tnow", "description": "Line one\\nline two", "group": "area-2"}
        ]

        """

    @Test(arguments: [
        usual,
        "[\"One\", \"Two\", \"One\", \"   \"]",
        "[{\"title\": \"a\"}, \"b\"]",
        "[{\"title\": \"Kill it\", \"description\": \"Old\", \"verdict\": \"advances\", \"rationale\": \"Frees.\","
            + " \"chapter\": 3, \"group\": \"Focus\", \"id\": 42, \"extra\": [1, {\"x\": [null]}]}]",
        "[{\"summary\": \"Clear inbox\", \"verdict\": null, \"chapter\": \"4\", \"weights\": \"scope +1\"}]",
        "[{\"name\": \"n\", \"number\": 4.5}, {\"title\": \"m\", \"key\": -0}, {\"title\": \"o\", \"id\": 1e3}]",
        "[{\"title\": \"a\", \"title\": \"b\", \"key\": \"K 1\", \"key\": null}]",
        "[{\"title\": \"c\", \"verdict\": \"contested\", \"productiveReading\": \"p\", \"advances-reading\": \"q\"}]",
        "[{\"title\": \"done\", \"closed\": true, \"verdict\": \"nonsense\"}, {\"title\": \"x\", \"state\": \"DONE\"},"
            + " {\"title\": \"kept\", \"state\": \"open\", \"archived\": false}]",
        "[\r\n  {\r\n    \"title\": \"crlf\",\r\n    \"ladder\": \"advances\",\r\n    \"ladderNote\" : \"n\"\r\n  }\r\n]\r\n",
        "[{\"title\": \"caf\\u00e9 \\ud83d\\ude00 \\\"q\\\" \\/ \\\\\"}, {\"title\": \"\\u001b[31mred\"}]",
        "[{\"title\": \"r\u{E9}sum\u{E9} \u{202E}\", \"labels\": \"not an array\"}]",
        "[{\"title\":\"compact\",\"group\":\"g\"},{\"title\":\"second\"}]",
        // A number too large for a Double in a member nobody reads: both accept it.
        "[{\"title\": \"a\", \"n\": 1e999}]",
    ])
    func usualDecksAreScannedExactly(text: String) {
        #expect(Self.check(text))
    }

    @Test(arguments: [
        // Shapes the scanner leaves to the tree reader.
        "{\"title\": \"Sprint\", \"cards\": [\"a\"]}",
        "\u{FEFF}[\"a\"]",
        "[{\"title\": \"a\", \"weights\": {\"problem\": 2}}]",
        "[{\"title\": \"a\", \"readings\": {\"productive\": \"p\", \"advances\": \"q\"}, \"verdict\": \"contested\"}]",
        "[{\"title\": \"a\", \"labels\": [\"bug\", \"ui\"]}]",
        "[{\"title\": \"lone \\ud83d surrogate\"}]",
        "[{\"ti\\u0074le\": \"escaped key last\"}]",
        // Everything the tree reader refuses.
        "[{\"title\": 5}]", "[true]", "[]", "[{\"description\": \"no title\"}]",
        "[{\"title\": \"a\", \"chapter\": 11}]",
        "[{\"title\": \"a\", \"verdict\": \"meh\"}]", "[{\"title\": \"a\", \"weights\": \"power +9\"}]",
        "[{\"title\": \"c\", \"verdict\": \"contested\", \"productiveReading\": \"p\"}]",
        "[{\"title\": \"a\", \"productiveReading\": \"p\"}]", "[\"a\",]", "[\"a\"] x", "[\"a\" \"b\"]",
        "[\"a",
        "[{\"title\": \"raw\ttab\"}]", "[{\"title\": \"a\", \"n\": 01}]",
        "[{\"title\": \"a\", \"deep\": " + String(repeating: "[", count: 250)
            + String(repeating: "]", count: 250)
            + "}]",
    ])
    func otherFilesAreLeftToTheTreeReader(text: String) {
        #expect(!Self.check(text))
    }

    @Test func aSkippedMemberNestedDeeplyButWithinTheLimitStillReadsTheSame() {
        let nested = String(repeating: "[", count: 20) + String(repeating: "]", count: 20)
        #expect(Self.check("[{\"title\": \"a\", \"deep\": \(nested)}]"))
    }

    @Test func aPlainStringEndsAtTheFirstQuoteBackslashOrControlCharacter() {
        var generator = SplitMix64(seed: 5)
        let alphabet: [UInt8] = [0x22, 0x5C, 0x1F, 0x20, 0x00, 0x41, 0x7F, 0x80, 0xE9, 0x09]
        for length in 0..<40 {
            let bytes = (0..<length).map { _ in alphabet[Int(generator.next(below: UInt64(alphabet.count)))] }
            bytes.withUnsafeBufferPointer { buffer in
                for start in 0...length {
                    let expected =
                        buffer[start...].firstIndex { $0 == 0x22 || $0 == 0x5C || $0 < 0x20 } ?? length
                    #expect(ByteFinder.firstQuoteEscapeOrControl(in: buffer, from: start) == expected)
                }
            }
        }
    }

    @Test func mutatedDecksAreScannedExactlyOrLeftAlone() {
        var generator = SplitMix64(seed: 2026)
        let alphabet = Array("{}[]\",:\\ \n\tatrue0-5.eE\u{1B}é".unicodeScalars)
        let base = Array(Self.usual.unicodeScalars)
        var scanned = 0
        for _ in 0..<1_500 {
            var scalars = base
            for _ in 0..<(1 + Int(generator.next(below: 3))) {
                let at = Int(generator.next(below: UInt64(scalars.count)))
                let scalar = alphabet[Int(generator.next(below: UInt64(alphabet.count)))]
                switch generator.next(below: 3) {
                case 0: scalars.insert(scalar, at: at)
                case 1: scalars.remove(at: at)
                default: scalars[at] = scalar
                }
            }
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars)
            if Self.check(text) { scanned += 1 }
        }
        // Many mutations land in text or white space and still read.
        #expect(scanned > 100)
    }
}
