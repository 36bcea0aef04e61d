import Foundation

/// Compares text we wrote with the course lesson it draws on, to keep the
/// lesson's ideas without its sentences: finds runs of words shared with the
/// lesson, and sentences that take most of their content words from a single
/// lesson sentence.
///
/// Words are compared lowercased, with apostrophes dropped and every other
/// mark a separator, so "Don’t", "don't" and "DONT" are one word. Headings of
/// ours whose words are exactly a line of the lesson (its chapter titles) are
/// left out and break runs.
struct LessonOverlap {
    /// A run of consecutive words that also occurs, in order, in the lesson.
    struct Run: Equatable, CustomStringConvertible {
        /// The line of our document where the run starts (1-based).
        let line: Int
        /// The run's words, normalised.
        let words: [String]

        var description: String { "“\(words.joined(separator: " "))” (\(words.count) words)" }
    }

    /// How many of our sentences track one lesson sentence.
    struct Tracking {
        /// Sentences with enough content words to judge.
        let sentences: Int
        /// The sentences that track one lesson sentence, as written.
        let tracking: [String]

        /// The share of `sentences` that track, from 0 to 1.
        var share: Double { sentences == 0 ? 0 : Double(tracking.count) / Double(sentences) }
    }

    /// A sentence tracks a lesson sentence when at least this share of its
    /// content words occurs in that one lesson sentence.
    static let trackingShare = (numerator: 2, denominator: 5)
    /// Sentences with fewer content words than this are too short to judge.
    static let minimumContentWords = 3

    /// The lesson as one stream of normalised words.
    let lessonWords: [String]
    /// Where each word occurs in `lessonWords`.
    private let positions: [String: [Int]]
    /// Every non-empty line of the lesson, normalised: the titles among them
    /// are what our headings are compared with.
    private let lessonLines: Set<String>
    /// The content words of each lesson sentence.
    private let lessonSentences: [Set<String>]

    /// Prepares the comparison with `lesson`, the lesson's plain text.
    init(lesson: String) {
        let lines = lesson.split(separator: "\n", omittingEmptySubsequences: false)
        lessonWords = lines.flatMap { Self.words(in: $0) }
        var positions: [String: [Int]] = [:]
        for (index, word) in lessonWords.enumerated() { positions[word, default: []].append(index) }
        self.positions = positions
        lessonLines = Set(lines.map { Self.words(in: $0).joined(separator: " ") }.filter { !$0.isEmpty })
        lessonSentences = lines.flatMap { Self.sentences(in: String($0)) }.map { Self.contentWords(of: $0) }
            .filter { !$0.isEmpty }
    }

    // MARK: Runs

    /// Every run of at least `minimum` words of `document` shared with the
    /// lesson, each as long as it goes, in the order they appear.
    func sharedRuns(in document: String, atLeast minimum: Int = 8) -> [Run] {
        var runs: [Run] = []
        for stream in streams(of: document) {
            let texts = stream.map(\.text)
            var index = 0
            while index < texts.count {
                let length = longestMatch(startingAt: index, in: texts)
                if length >= minimum {
                    runs.append(Run(line: stream[index].line, words: Array(texts[index..<(index + length)])))
                    index += length
                } else {
                    index += 1
                }
            }
        }
        return runs
    }

    /// The longest run of `document` shared with the lesson, or nil when no
    /// word is shared at all.
    func longestSharedRun(in document: String) -> Run? {
        var best: Run?
        for stream in streams(of: document) {
            let texts = stream.map(\.text)
            for index in texts.indices {
                let length = longestMatch(startingAt: index, in: texts)
                if length > 0, length > best?.words.count ?? 0 {
                    best = Run(line: stream[index].line, words: Array(texts[index..<(index + length)]))
                }
            }
        }
        return best
    }

    /// The length of the longest lesson passage that `words` from `start` repeats.
    private func longestMatch(startingAt start: Int, in words: [String]) -> Int {
        var best = 0
        for position in positions[words[start], default: []] {
            var length = 0
            while start + length < words.count, position + length < lessonWords.count,
                words[start + length] == lessonWords[position + length]
            {
                length += 1
            }
            best = max(best, length)
        }
        return best
    }

    /// The document's words with their lines, split where a chapter title is left out.
    private func streams(of document: String) -> [[(text: String, line: Int)]] {
        var streams: [[(text: String, line: Int)]] = [[]]
        for (offset, line) in document.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if isChapterTitle(line) {
                streams.append([])
                continue
            }
            streams[streams.count - 1] += Self.words(in: line).map { ($0, offset + 1) }
        }
        return streams.filter { !$0.isEmpty }
    }

    /// Whether `line` is a Markdown heading whose words are a whole line of the lesson.
    func isChapterTitle(_ line: Substring) -> Bool {
        guard line.first == "#" else { return false }
        var title = line.drop { $0 == "#" }
        if let brace = title.range(of: "{#"), title.hasSuffix("}") { title = title[..<brace.lowerBound] }
        return lessonLines.contains(Self.words(in: title).joined(separator: " "))
    }

    // MARK: Tracking sentences

    /// Our sentences (the prose of `document`, see `ProseLines`) and those
    /// among them that track one lesson sentence.
    func tracking(in document: String) -> Tracking {
        var judged = 0
        var tracking: [String] = []
        for sentence in ProseLines.segments(of: document).flatMap(Self.sentences) {
            let content = Self.contentWords(of: sentence)
            guard content.count >= Self.minimumContentWords else { continue }
            judged += 1
            let closest = lessonSentences.map { $0.intersection(content).count }.max() ?? 0
            if closest * Self.trackingShare.denominator >= content.count * Self.trackingShare.numerator {
                tracking.append(sentence)
            }
        }
        return Tracking(sentences: judged, tracking: tracking)
    }

    // MARK: Text

    /// The normalised words of `text`: lowercase, apostrophes dropped, any
    /// other character that is neither letter nor digit a separator.
    static func words(in text: some StringProtocol) -> [String] {
        var words: [String] = []
        var current = ""
        for character in text.lowercased() {
            if apostrophes.contains(character) { continue }
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// The distinct words of `sentence` that carry meaning: no stop words, no bare numbers.
    static func contentWords(of sentence: String) -> Set<String> {
        Set(words(in: sentence).filter { !StopWords.english.contains($0) && $0.contains { $0.isLetter } })
    }

    /// `text` cut after each `.`, `!` or `?` (and any closing quotes or
    /// brackets) that whitespace follows.
    static func sentences(in text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        for character in text {
            if character.isWhitespace, endsSentence(current) {
                sentences.append(current)
                current = ""
                continue
            }
            current.append(character)
        }
        sentences.append(current)
        return sentences.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Whether `text` ends with sentence punctuation, closing marks aside.
    private static func endsSentence(_ text: String) -> Bool {
        guard let last = text.last(where: { !closers.contains($0) }) else { return false }
        return ".!?".contains(last)
    }

    private static let apostrophes: Set<Character> = ["'", "’", "‘", "ʼ"]
    private static let closers: Set<Character> = ["”", "’", "\"", "'", ")", "]", "*", "_"]
}
