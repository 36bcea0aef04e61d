import FoundationEssentials

/// Joining a room under a name. The first to take a name gets a file of
/// their own and a rejoin code; anyone else who asks for the same name is
/// told it is taken, unless they give that code (the same person again,
/// after a dropped connection), so two people never share a file.
public enum RoomJoin {
    /// What came of asking for a name.
    public enum Outcome: Equatable, Sendable {
        /// A new participant: their fresh results, where they live, and the code to rejoin with.
        case joined(ParticipantResults, URL, code: String)
        /// The same participant again, with the results so far.
        case resumed(ParticipantResults, URL)
        /// Someone else has this name (their name as they wrote it).
        case nameTaken(String)
    }

    /// The letters rejoin codes are made of: no 0/O, 1/I/L to mix up.
    static let codeAlphabet = Array("ABCDEFGHJKMNPQRSTUVWXYZ23456789")

    /// Asks for `name` in `room` at `now`, with `code` when the participant
    /// says they have joined before.
    public static func join(
        _ room: RoomFolder, settings: RoomSettings, name: ParticipantName, code: String?, now: Date
    ) throws(InputError) -> Outcome {
        let url = room.resultsURL(for: name)
        if let data = FileManager.default.contents(atPath: url.path) {
            let existing = try ResultsCodec.decode(data, name: url.path)
            guard let code, let claim = existing.rejoin,
                claim == hash(code: code, id: existing.participant.id)
            else { return .nameTaken(existing.participant.name) }
            return .resumed(existing, url)
        }
        let id = newID()
        let code = newCode()
        let fresh = ParticipantResults(
            deck: settings.deck, seed: settings.seed, room: settings.title,
            participant: .init(id: id, name: name.display),
            times: .init(joinedAt: now, updatedAt: now), answersHidden: settings.hideAnswers, cards: [],
            agreement: nil, scorecard: [:], rejoin: hash(code: code, id: id))
        guard try DurableFile.create(try ResultsCodec.encode(fresh), at: url, mode: DurableFile.resultsMode)
        else {
            return .nameTaken(name.display)
        }
        return .joined(fresh, url, code: code)
    }

    /// The stored form of a rejoin code: a hash with the participant's id,
    /// so the file never holds the code itself. Case and spaces do not matter.
    public static func hash(code: String, id: String) -> String {
        var hasher = StableHash()
        hasher.combine("ladder-rejoin")
        hasher.combine(id)
        hasher.combine(code.uppercased().filter { !$0.isWhitespace && $0 != "-" })
        return hasher.hex
    }

    /// A fresh participant id: 16 random hex digits.
    public static func newID() -> String {
        let value = UInt64.random(in: 0...UInt64.max)
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// A fresh six-letter rejoin code.
    static func newCode() -> String {
        String((0..<6).compactMap { _ in codeAlphabet.randomElement() })
    }
}
