import Foundation
import LadderCore

/// How long ladder's deck readers take on the generated decks, in process,
/// so the figure is the parse alone (the first frame shows the rest).
struct DeckLoads {
    let workload: Workload
    let samples: Int

    /// Times `DeckReader.read(url:)` on each deck after one warm-up read.
    func measure(count: Int) throws(BenchError) -> [Results.Entry] {
        var entries: [Results.Entry] = []
        for (format, path) in [("CSV", workload.csv(count)), ("JSON", workload.json(count))] {
            let megabytes = Double(Workload.size(of: path)) / 1_000_000
            var series = Series()
            for sample in 0...samples {
                let start = Clock.now()
                let deck: Deck
                do {
                    deck = try DeckReader.read(url: URL(fileURLWithPath: path))
                } catch {
                    throw BenchError("\(error.description)")
                }
                let nanoseconds = Clock.now() - start
                guard deck.cards.count == count else {
                    throw BenchError("\(path): read \(deck.cards.count) cards, expected \(count)")
                }
                if sample > 0 { series.add(.init(nanoseconds: nanoseconds, bytes: 0, text: [])) }
            }
            let measure = FirstFrameNames.parse(format, count) + " (\(Format.number(megabytes)) MB)"
            entries.append(
                Results.Entry(subject: "ladder", measure: measure, size: "in process", series: series))
        }
        return entries
    }
}
