import Foundation
import LadderCore

/// The workshop's costs at room scale: a report over 500 participants
/// and 1,000 cards, read from real files.
enum WorkshopBenchmarks {
    /// Writes a room of `participants` results over a `cards`-card deck into
    /// a temporary folder (kept when `keep` names one), then times the report.
    static func report(participants: Int = 500, cards: Int = 1000, keep: String? = nil) {
        let folder =
            keep.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("ladder-bench-room-\(getpid())")
        defer { if keep == nil { try? FileManager.default.removeItem(at: folder) } }
        guard let room = makeRoom(at: folder, participants: participants, cards: cards) else {
            print("report: could not write the room in \(folder.path)")
            return
        }
        var lines = 0
        let timing = Timing.measure(runs: 5) { _ in
            guard let collection = try? ResultsCollection.gather([room.url.path]),
                let report = collection.report()
            else { return }
            lines = report.markdown().split(separator: "\n").count
        }
        let before = cpuSeconds()
        _ = try? ResultsCollection.gather([room.url.path]).report()?.markdown()
        let cpu = cpuSeconds() - before
        print(
            "report, \(participants) participants × \(cards) cards, from files to Markdown (\(lines) lines):")
        print("  wall time: " + timing.line)
        print(String(format: "  CPU time of one report (user + system, all threads): %.3f s", cpu))
        if keep != nil { print("  room kept in \(room.url.path)") }
    }

    /// User and system CPU seconds this process has used so far.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1_000_000 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// A room whose participants each sorted every card, with a note on every 50th.
    static func makeRoom(at folder: URL, participants: Int, cards: Int) -> RoomFolder? {
        let deckText =
            "# Bench deck\n\n"
            + (1...cards).map {
                "- [\($0 % 3 == 0 ? "productive" : "advances")] Card number \($0)\n  why: Reason \($0).\n"
            }
            .joined()
        let source = folder.appendingPathComponent("source-deck.md")
        let room = RoomFolder(url: folder.appendingPathComponent("room"))
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(deckText.utf8).write(to: source)
            let settings = try room.create(
                RoomRequest(
                    deck: .file(source), seed: 1, timerSeconds: 600, hideAnswers: true, title: "Bench",
                    restricted: false),
                now: Date())
            let deck = try room.deck(settings)
            var generator = SplitMix64(seed: 99)
            for person in 0..<participants {
                let results = ParticipantResults(
                    deck: settings.deck, seed: 1, room: "Bench",
                    participant: .init(id: "p\(person)", name: "Person \(person)"),
                    times: .init(joinedAt: Date(), updatedAt: Date()), answersHidden: true,
                    cards: deck.cards.enumerated().map { index, card in
                        CardResult(
                            id: card.id, pile: generator.next(below: 2) == 0 ? .productive : .advances,
                            sequence: index + 1,
                            seconds: Double(generator.next(below: 9000)) / 1000, decidedAt: Date(),
                            note: index % 50 == 0 ? "a note from \(person)" : nil)
                    },
                    agreement: nil, scorecard: ["problem": 50, "team": 61.5])
                let url = room.resultsFolder.appendingPathComponent("p\(person).json")
                try DurableFile.write(
                    try ResultsCodec.encode(results), to: url, mode: DurableFile.resultsMode)
            }
            return room
        } catch {
            print("  \(error)")
            return nil
        }
    }
}
