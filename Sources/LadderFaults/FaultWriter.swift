import Foundation
import LadderCore

/// One writer's files and the round it is on; every round changes every
/// file, so each write really replaces the file.
struct FaultWriter {
    let room: RoomFolder
    let settings: RoomSettings
    let stateFolder: URL
    let deck: Deck
    let name: ParticipantName
    let started = Date(timeIntervalSince1970: 1_700_000_000)

    init(room: RoomFolder, settings: RoomSettings, stateFolder: URL) throws {
        self.room = room
        self.settings = settings
        self.stateFolder = stateFolder
        deck = try room.deck(settings)
        name = try ParticipantName("Writer \(getpid())")
        _ = try RoomJoin.join(room, settings: settings, name: name, code: nil, now: started)
    }

    /// Creates the room the first time; later writers open it.
    static func openRoom(_ room: RoomFolder) throws(InputError) -> RoomSettings {
        if let settings = try? room.settings() { return settings }
        let request = RoomRequest(
            deck: .bundled, seed: 7, timerSeconds: 600, hideAnswers: true, title: "Faults", restricted: false)
        do {
            return try room.create(request, now: Date(timeIntervalSince1970: 1_700_000_000))
        } catch {
            // Another writer may have created it meanwhile, or a kill cut a
            // creation short: open what is there.
            return try room.settings()
        }
    }

    /// Writes every file once, each with content that depends on `round`.
    mutating func writeEverything(round: Int) throws {
        let now = started.addingTimeInterval(TimeInterval(round))
        var session = TriageSession(deck: deck, startedAt: started)
        for step in 0..<(round % deck.cards.count) {
            session.sort(step % 3 == 0 ? .productive : .advances, at: now)
        }
        try TriageStore.save(session, folder: stateFolder)
        var progress = ProgressFile()
        for module in 0..<50 {
            progress.modules["file:/modules/\(module).md"] = ReadingProgress(
                screen: "reader", chapter: (module + round) % 7, unit: round % 13, offset: 0,
                finished: Array(0..<(round % 7)))
        }
        progress.theme = round % 2 == 0 ? "dusk" : "paper"
        try ProgressStore(folder: stateFolder).save(progress)
        try AssessmentStore(folder: stateFolder).save(SelfAssessment(answers: [1: round % 5 + 1, 2: 3]))
        let results = ParticipantResults(
            session: session, seed: settings.seed, room: settings.title,
            participant: .init(id: "0123456789abcdef", name: name.display), joinedAt: started, now: now,
            answersHidden: true, scorecard: ["problem": Double(round % 100)])
        try DurableFile.write(
            try ResultsCodec.encode(results), to: room.resultsURL(for: name), mode: DurableFile.resultsMode)
        var control = try room.control(settings)
        _ = control.apply(round % 2 == 0 ? .start : .pause, at: now)
        try room.save(control)
        let claimed = try ParticipantName("Claim \(getpid()) \(round)")
        _ = try RoomJoin.join(room, settings: settings, name: claimed, code: nil, now: now)
    }
}
