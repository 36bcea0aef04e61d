/// The "9 pages · 3.5K words · 17 min read" line of a plain lesson export,
/// read even when the export has lost the separators ("9 pages3.5K words17 min read").
struct LessonMetadataLine: Equatable {
    /// Pages, when given.
    var pages: Int?
    /// Words, when given ("3.5K" is 3,500).
    var words: Int?
    /// Reading minutes, when given.
    var minutes: Int?

    /// Creates counts directly.
    init(pages: Int? = nil, words: Int? = nil, minutes: Int? = nil) {
        self.pages = pages
        self.words = words
        self.minutes = minutes
    }

    /// Reads `line`, or returns nil when it holds anything but counts of
    /// pages, words and minutes, separators and the word "read".
    init?(_ line: String) {
        var scanner = Scanner(Array(line.lowercased()))
        var found = false
        while let token = scanner.next() {
            switch token {
            case .separator, .word("read"), .word("reading"):
                continue
            case .count(let value, "page"), .count(let value, "pages"), .count(let value, "pp"):
                pages = value
            case .count(let value, "word"), .count(let value, "words"):
                words = value
            case .count(let value, let unit) where ["min", "mins", "minute", "minutes"].contains(unit):
                minutes = value
            default:
                return nil
            }
            found = true
        }
        guard found else { return nil }
    }

    /// A piece of a metadata line.
    private enum Token: Equatable {
        /// A number and the unit word after it.
        case count(Int, String)
        /// A word with no number before it.
        case word(String)
        /// Anything else: spaces, dots, bars, commas.
        case separator
    }

    /// Splits a lower-cased metadata line into tokens.
    private struct Scanner {
        let characters: [Character]
        var index = 0

        init(_ characters: [Character]) { self.characters = characters }

        /// The next token, or nil at the end of the line.
        mutating func next() -> Token? {
            guard index < characters.count else { return nil }
            let character = characters[index]
            if Self.isDigit(character) {
                guard let value = number() else { return .word("") }
                skipSpaces()
                return .count(value, letters())
            }
            if character.isLetter { return .word(letters()) }
            index += 1
            return .separator
        }

        /// A number such as `9`, `3,500`, `3.5K` or `1.2M`, scaled; nil if too big.
        private mutating func number() -> Int? {
            var text = ""
            while index < characters.count {
                let character = characters[index]
                if Self.isDigit(character) {
                    text.append(character)
                } else if character == ",", isDigitRun(at: index + 1, length: 3) {
                    // A thousands separator: skip it.
                } else if character == ".", index + 1 < characters.count, Self.isDigit(characters[index + 1])
                {
                    text.append(".")
                } else {
                    break
                }
                index += 1
            }
            var scale = 1.0
            if index < characters.count, characters[index] == "k" || characters[index] == "m",
                !(index + 1 < characters.count && characters[index + 1].isLetter)
            {
                scale = characters[index] == "k" ? 1_000 : 1_000_000
                index += 1
            }
            guard let value = Double(text), value * scale < 1e12 else { return nil }
            return Int((value * scale).rounded())
        }

        /// Whether `length` digits start at `position`.
        private func isDigitRun(at position: Int, length: Int) -> Bool {
            guard position + length <= characters.count else { return false }
            return characters[position..<(position + length)].allSatisfy(Self.isDigit)
        }

        /// Letters from here on.
        private mutating func letters() -> String {
            var word = ""
            while index < characters.count, characters[index].isLetter {
                word.append(characters[index])
                index += 1
            }
            return word
        }

        /// Skips spaces.
        private mutating func skipSpaces() {
            while index < characters.count, characters[index] == " " { index += 1 }
        }

        /// ASCII digits only.
        private static func isDigit(_ character: Character) -> Bool {
            character.isASCII && character.isNumber
        }
    }
}
