import Foundation
import LadderCore

/// A room of participants' results files, as a facilitator's console reads
/// it: every file gathered and the room's report built, timed per refresh.
struct RoomRefresh {
    let workload: Workload
    let samples: Int

    /// Writes `count` participants' results for the bundled deck, each
    /// having sorted every card, and times gathering them into a report.
    func measure(participants count: Int) throws(BenchError) -> Results.Entry {
        let folder = workload.folder + "/room"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let deck = BundledDeck.deck
        var prose = Prose(seed: 42)
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        for number in 1...count {
            var session = TriageSession(deck: deck, startedAt: start)
            var moment = start
            while !session.isFinished {
                moment += Double(5 + prose.next(20))
                session.sort(prose.next(2) == 0 ? .productive : .advances, at: moment)
            }
            let participant = ParticipantResults.Participant(
                id: String(format: "%016x", number), name: "Participant \(number)")
            let results = ParticipantResults(
                session: session, seed: 42, room: "Bench room", participant: participant, joinedAt: start,
                now: moment, answersHidden: false, scorecard: ["problem": 50])
            do {
                try ResultsCodec.encode(results).write(to: URL(fileURLWithPath: folder + "/p\(number).json"))
            } catch {
                throw BenchError("could not write a results file: \(error)")
            }
        }
        var series = Series()
        for sample in 0...samples {
            let begin = Clock.now()
            let report = try? ResultsCollection.gather([folder]).report()
            let nanoseconds = Clock.now() - begin
            guard report?.participants.count == count else {
                throw BenchError("the room report did not hold \(count) participants")
            }
            if sample > 0 { series.add(.init(nanoseconds: nanoseconds, bytes: 0, text: [])) }
        }
        return Results.Entry(
            subject: "ladder", measure: "room refresh: gather \(count) results files and build the report",
            size: "in process", series: series)
    }
}
