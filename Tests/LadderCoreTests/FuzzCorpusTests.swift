import Foundation
import LadderCore
import TestSupport
import Testing

/// Replays every fuzzing seed and every input a fuzzer ever crashed on
/// (`Fuzz/Corpus/TARGET`, `Fuzz/Crashes/TARGET`) through the parser its
/// target drives, as `Fuzz/Targets/TARGET.swift` does. A crash found by
/// `Fuzz/run` stays a regression test from then on.
@Suite struct FuzzCorpusTests {
    /// The inputs kept for `target`, with the shipped files `Fuzz/run`
    /// seeds it with.
    private static func inputs(_ target: String) -> [URL] {
        var folders = ["Fuzz/Corpus/\(target)", "Fuzz/Crashes/\(target)"]
        if target == "module" || target == "deck-markdown" { folders.append("Sources/LadderCore/Content") }
        if target == "theme" { folders.append("Themes") }
        return folders.flatMap { path -> [URL] in
            let folder = Fixtures.packageRoot.appendingPathComponent(path)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            return names.filter { !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0) }
        }
    }

    private static func text(_ url: URL) throws -> String {
        String(decoding: try Data(contentsOf: url), as: UTF8.self)
    }

    @Test(arguments: [
        "module", "lesson", "deck-csv", "deck-markdown", "deck-json", "theme", "session", "config",
        "results",
    ])
    func everyKeptInputIsReadWithoutATrap(target: String) throws {
        let inputs = Self.inputs(target)
        #expect(!inputs.isEmpty, "Fuzz/Corpus/\(target) has seeds")
        for url in inputs {
            let text = try Self.text(url)
            switch target {
            case "module": _ = try? MarkdownModuleReader.parse(text, name: url.lastPathComponent)
            case "lesson":
                _ = try? PlainLessonImporter.parse(text, name: url.lastPathComponent)
                _ = try? LessonLoader.load(text: text, name: url.lastPathComponent)
            case "deck-csv": _ = try? DeckReader.read(text: text, name: "fuzz.csv", format: .csv)
            case "deck-markdown": _ = try? DeckReader.read(text: text, name: "fuzz.md", format: .markdown)
            case "deck-json": _ = try? DeckReader.read(text: text, name: "fuzz.json", format: .json)
            case "theme": _ = try? ThemeParser.parse(text: text, name: "fuzz")
            case "config": replayConfig(text)
            case "results": try replayResults(url)
            default: try replaySession(url)
            }
        }
    }

    /// What `Fuzz/Targets/config.swift` checks: a setting written into a
    /// file that parses cleanly reads back as written.
    func replayConfig(_ text: String) {
        let clean = ConfigParser.parse(text: text, file: "fuzz").problems.isEmpty
        let edited = ConfigParser.parse(
            text: ConfigEditor.set("width", to: "77", inKeys: false, in: text), file: "fuzz")
        #expect(!clean || edited.width?.value == 77)
    }

    /// The deck `Fuzz/Targets/session.swift` restores against.
    static let sessionDeck = """
        # Fuzz deck
        - [advances] First card
          why: A reason.
        - [productive] Second card
          why: Another reason.
        - [advances] Third card
          why: A third reason.
        """

    private func replaySession(_ url: URL) throws {
        let deck = try DeckReader.read(text: Self.sessionDeck, name: "fuzz.md", format: .markdown)
        guard var session = try? TriageSession.restore(from: try Data(contentsOf: url), deck: deck) else {
            return
        }
        let now = Date(timeIntervalSince1970: 1_000_000)
        session.reveal(at: now)
        session.skip(at: now)
        session.sort(.advances, at: now)
        _ = session.undo()
        _ = session.redo()
        _ = try? session.encoded()
    }

    /// As `Fuzz/Targets/results.swift`: decode, report in every format,
    /// resume against the fixed deck.
    private func replayResults(_ url: URL) throws {
        guard var results = try? ResultsCodec.decode(try Data(contentsOf: url), name: "fuzz.json") else {
            return
        }
        let report = RoomReport(
            title: "fuzz", round: RoundKey(deck: results.deck, seed: results.seed), deck: nil,
            results: [(file: "fuzz.json", results: results)], skipped: [])
        _ = report.markdown()
        _ = report.csv()
        _ = report.json()
        let deck = try DeckReader.read(text: Self.sessionDeck, name: "fuzz.md", format: .markdown)
        results.deck = DeckFingerprint(deck: deck)
        _ = try? TriageSession.resuming(
            results, deck: deck, order: [2, 0, 1], now: Date(timeIntervalSince1970: 1_000_000),
            file: "fuzz.json")
        _ = try? ResultsCodec.encode(results)
    }
}
