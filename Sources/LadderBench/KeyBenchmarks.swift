import Foundation
import LadderCore
import LadderUI

/// The work one key costs inside ladder: update plus render, no terminal.
enum KeyBenchmarks {
    static func run(module: Module) {
        print("Per key: update + render to a frame (what the runner does before drawing)")
        for size in [Size(width: 80, height: 24), Size(width: 200, height: 60)] {
            var state = AppState(module: module, moduleKey: "bench", size: size, now: Date())
            state.apply(.chapterOpened(5))
            let line = Timing.measure(runs: 2000) { index in
                let bottom = state.reader.top >= state.reader.maxTop(height: size.height - 2)
                state.apply(.scrolled(bottom ? .top : .lines(1)))
                _ = AppView.render(state)
                _ = index
            }
            print("  reader j       \(size.width)x\(size.height)  \(line.line)")
            let page = Timing.measure(runs: 2000) { _ in
                let bottom = state.reader.top >= state.reader.maxTop(height: size.height - 2)
                state.apply(.scrolled(bottom ? .top : .pages(1)))
                _ = AppView.render(state)
            }
            print("  reader Space   \(size.width)x\(size.height)  \(page.line)")
            let chapter = Timing.measure(runs: 500) { index in
                state.apply(.chapterOpened(index % module.chapters.count))
                _ = AppView.render(state)
            }
            print("  open chapter   \(size.width)x\(size.height)  \(chapter.line)")
            let resize = Timing.measure(runs: 500) { index in
                state.apply(.resized(index % 2 == 0 ? Size(width: 61, height: 20) : size))
                _ = AppView.render(state)
            }
            print("  resize+reflow  \(size.width)x\(size.height)  \(resize.line)")
            let search = Timing.measure(runs: 200) { _ in
                state.apply(.searchStarted)
                for character in "leverage" { state.apply(.searchTyped(character)) }
                state.apply(.searchSubmitted)
                _ = AppView.render(state)
            }
            print("  search all     \(size.width)x\(size.height)  \(search.line)")
        }
    }

    static func triage(cards: Int) {
        var csv = "Issue key,Summary,Description\r\n"
        for index in 0..<cards {
            csv += "PM-\(index),\"Backlog item \(index), with a comma\",\"Detail for \"\"\(index)\"\"\"\r\n"
        }
        print("Triage with \(cards) cards")
        var deck = Deck(title: "", cards: [])
        let load = Timing.measure(runs: 9, warmup: 1) { _ in
            deck = (try? DeckReader.read(text: csv, name: "bench.csv")) ?? deck
        }
        print("  load CSV (\(csv.utf8.count / 1024) KiB)       \(load.line)")
        var state = AppState(
            module: Module(meta: ModuleMeta(title: "bench"), chapters: []), moduleKey: "bench",
            size: Size(width: 140, height: 45), now: Date())
        state.triage = TriageState(session: TriageSession(deck: deck, startedAt: Date()))
        state.screen = .triage
        let sort = Timing.measure(runs: 2000) { index in
            state.apply(.triage(.cardSorted(index % 3 == 0 ? .productive : .advances)))
            _ = AppView.render(state)
        }
        print("  sort a card + render  \(sort.line)")
    }
}
