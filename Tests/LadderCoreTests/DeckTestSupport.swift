import Foundation
import LadderCore
import Testing

/// Small helpers shared by the deck and triage tests.
enum DeckTestSupport {
    /// The error reading `text` as `name` throws, nil when it reads fine.
    static func error(_ text: String, name: String = "backlog.csv") -> InputError? {
        do {
            _ = try DeckReader.read(text: text, name: name)
            return nil
        } catch {
            return error
        }
    }

    /// A deck of `count` cards titled "Card 1"…, alternating lesson verdicts
    /// (odd cards advance you) when `verdicts` is true.
    static func deck(_ count: Int, verdicts: Bool = true, title: String = "Test deck") -> Deck {
        let cards = (1...max(count, 1)).prefix(count).map { number in
            Card(
                id: "card-\(number)", title: "Card \(number)",
                verdict: verdicts ? (number % 2 == 1 ? .advances : .productive) : nil,
                rationale: verdicts ? "Because \(number)." : nil)
        }
        return Deck(title: title, cards: cards)
    }

    /// A date `seconds` after a fixed moment.
    static func time(_ seconds: TimeInterval) -> Date {
        Date(timeIntervalSinceReferenceDate: 750_000_000 + seconds)
    }

    /// A fresh temporary folder, removed by the caller.
    static func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("ladder-triage-\(UUID().uuidString)")
    }
}
