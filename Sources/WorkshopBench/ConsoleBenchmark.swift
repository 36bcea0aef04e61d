import Foundation
import LadderCore
import LadderUI

/// The facilitator console's refresh at room scale: what one look at the
/// results folder costs when nothing changed, and when all 200
/// participants wrote at once, through the new report and the drawn frame.
enum ConsoleBenchmark {
    static func run(participants: Int = 200, cards: Int = 60) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "ladder-bench-console-\(getpid())")
        defer { try? FileManager.default.removeItem(at: folder) }
        guard let room = WorkshopBenchmarks.makeRoom(at: folder, participants: participants, cards: cards),
            let settings = try? room.settings(), let deck = try? room.deck(settings),
            let files = try? FileManager.default.contentsOfDirectory(atPath: room.resultsFolder.path)
        else {
            print("console: could not write the room")
            return
        }
        let round = RoundKey(deck: settings.deck, seed: settings.seed)
        var watcher = RoomWatcher(room: room, round: round)
        watcher.refresh()
        let idle = Timing.measure(runs: 50) { _ in watcher.refresh() }
        let contents = files.map { room.resultsFolder.appendingPathComponent($0) }.map {
            ($0, (try? Data(contentsOf: $0)) ?? Data())
        }
        var reads = 0
        var samples: [Double] = []
        for _ in 0..<10 {
            for (url, data) in contents {
                try? DurableFile.write(data, to: url, mode: DurableFile.resultsMode)
            }
            let start = DispatchTime.now().uptimeNanoseconds
            watcher.refresh()
            reads = watcher.lastReads
            let report = RoomReport(
                title: settings.title, round: round, deck: deck, results: watcher.ordered, skipped: [])
            let state = RoomConsoleState(
                settings: settings, control: RoomControl(settings: settings), report: report, now: Date(),
                size: Size(width: 120, height: 40))
            _ = RoomConsoleView.render(state)
            samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        samples.sort()
        print("console, \(participants) participants × \(cards) cards:")
        print("  a look with nothing changed (list + \(participants) stats): " + idle.line)
        print(
            String(
                format:
                    "  all %d rewritten at once (reread %d files, report, 120x40 frame): median %.2f ms   slowest %.2f ms",
                participants, reads, samples[samples.count / 2] * 1000, (samples.last ?? 0) * 1000))
    }
}
