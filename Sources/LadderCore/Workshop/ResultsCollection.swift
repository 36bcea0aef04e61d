import FoundationEssentials

/// The results a report covers, gathered from rooms, folders and files.
/// A file that is broken, foreign or from another round is named and left
/// out, never fatal; results of different decks or seeds never mix.
public struct ResultsCollection: Sendable {
    /// The round the collection covers, nil when no file was usable.
    public var round: RoundKey?
    /// The title: the room's, else the deck's.
    public var title: String
    /// The deck, when a room or the bundled deck supplies it.
    public var deck: Deck?
    /// The usable results, each with its file.
    public var results: [(file: String, results: ParticipantResults)]
    /// The files left out, and why.
    public var skipped: [RoomReport.SkippedFile]

    /// Gathers from `paths`: a room folder (its settings fix the round),
    /// any folder (its `.json` files), or results files.
    public static func gather(_ paths: [String]) throws(InputError) -> ResultsCollection {
        var files: [String] = []
        var room: (folder: RoomFolder, settings: RoomSettings)?
        var skipped: [RoomReport.SkippedFile] = []
        for path in paths {
            var isFolder = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                skipped.append(.init(file: path, reason: "no such file or folder"))
                continue
            }
            let folder = RoomFolder(url: URL(fileURLWithPath: path))
            if isFolder, folder.exists {
                let settings = try folder.settings()
                if room == nil { room = (folder, settings) }
                files += folder.resultsFiles().map(\.path)
            } else if isFolder {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                files += names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
                    .map { folder.url.appendingPathComponent($0).path }
            } else {
                files.append(path)
                let parent = RoomFolder(
                    url: URL(fileURLWithPath: path).deletingLastPathComponent().deletingLastPathComponent())
                if room == nil, parent.exists, let settings = try? parent.settings() {
                    room = (parent, settings)
                }
            }
        }
        return try collect(files: files, room: room, skipped: skipped)
    }

    /// Reads `files` and keeps those of the room's round (or, without a
    /// room, of the round most files belong to).
    private static func collect(
        files: [String], room: (folder: RoomFolder, settings: RoomSettings)?,
        skipped: [RoomReport.SkippedFile]
    ) throws(InputError) -> ResultsCollection {
        var skipped = skipped
        let decoded = ResultsReading.decodeAll(files)
        var usable: [(file: String, results: ParticipantResults)] = []
        for (file, outcome) in zip(files, decoded) {
            switch outcome {
            case .success(let results): usable.append((file, results))
            case .failure(let error): skipped.append(.init(file: file, reason: error.message))
            }
        }
        let round = room.map { RoundKey(deck: $0.settings.deck, seed: $0.settings.seed) } ?? commonest(usable)
        var kept: [(file: String, results: ParticipantResults)] = []
        var seen: [String: String] = [:]
        for entry in usable {
            guard let round, entry.results.round == round else {
                skipped.append(
                    .init(file: entry.file, reason: "another round: " + describe(entry.results.round)))
                continue
            }
            if let first = seen[entry.results.participant.id] {
                skipped.append(.init(file: entry.file, reason: "the same participant as \(first)"))
                continue
            }
            seen[entry.results.participant.id] = entry.file
            kept.append(entry)
        }
        let deck =
            try room.map { room throws(InputError) in try room.folder.deck(room.settings) }
            ?? bundledDeck(matching: round)
        let title = room?.settings.title ?? deck?.title ?? round?.deck.title ?? "Results"
        return ResultsCollection(round: round, title: title, deck: deck, results: kept, skipped: skipped)
    }

    /// The report over the collection, nil when no file was usable.
    public func report() -> RoomReport? {
        guard let round else { return nil }
        return RoomReport(title: title, round: round, deck: deck, results: results, skipped: skipped)
    }

    /// The round most of `results` belong to (the earliest file's on a tie).
    private static func commonest(_ results: [(file: String, results: ParticipantResults)]) -> RoundKey? {
        var counts: [RoundKey: Int] = [:]
        var first: [RoundKey] = []
        for entry in results {
            if counts[entry.results.round] == nil { first.append(entry.results.round) }
            counts[entry.results.round, default: 0] += 1
        }
        return first.max { (counts[$0] ?? 0) < (counts[$1] ?? 0) }
    }

    /// The bundled deck, when `round` is over it.
    private static func bundledDeck(matching round: RoundKey?) -> Deck? {
        guard let round, let deck = try? BundledDeck.load(), DeckFingerprint(deck: deck) == round.deck else {
            return nil
        }
        return deck
    }

    /// A round in words: `deck 'Title' (57 cards, ids 3f…), seed 7`.
    static func describe(_ round: RoundKey) -> String {
        let seed = round.seed.map { "seed \($0)" } ?? "no seed"
        return
            "deck '\(round.deck.title)' (\(round.deck.cardCount) cards, ids \(round.deck.idsHash)), \(seed)"
    }
}
