import FoundationEssentials

/// A room on disk: `room.json` (settings), the deck, `control.json` (the
/// round as the facilitator steers it) and `results/` (one file per
/// participant). Processes share nothing but these files.
public struct RoomFolder: Sendable, Equatable {
    /// The settings file's name.
    public static let settingsName = "room.json"
    /// The control file's name.
    public static let controlName = "control.json"
    /// The results folder's name.
    public static let resultsName = "results"

    /// The room's folder.
    public let url: URL

    /// The room in `url`.
    public init(url: URL) {
        self.url = url.standardizedFileURL
    }

    /// The settings file.
    public var settingsURL: URL { url.appendingPathComponent(Self.settingsName) }
    /// The control file.
    public var controlURL: URL { url.appendingPathComponent(Self.controlName) }
    /// The folder of participants' results.
    public var resultsFolder: URL { url.appendingPathComponent(Self.resultsName, isDirectory: true) }

    /// True when the folder holds a room's settings.
    public var exists: Bool { FileManager.default.fileExists(atPath: settingsURL.path) }

    /// The room's settings.
    public func settings() throws(InputError) -> RoomSettings {
        guard let data = FileManager.default.contents(atPath: settingsURL.path) else {
            let missing = !FileManager.default.fileExists(atPath: url.path)
            throw InputError(
                file: settingsURL.path,
                missing
                    ? "no such room folder" : "not a room: no room.json (make one with 'ladder room create')",
                kind: .noInput)
        }
        let settings: RoomSettings
        do {
            settings = try Self.decoder.decode(RoomSettings.self, from: data)
        } catch {
            throw InputError(
                file: settingsURL.path, "damaged room settings; expected the JSON 'ladder room create' writes"
            )
        }
        guard settings.version == RoomSettings.currentVersion else {
            throw InputError(
                file: settingsURL.path, "room format \(settings.version); this ladder reads version 1")
        }
        guard !settings.deckFile.contains("/"), settings.seed <= SeededOrder.largestSeed else {
            throw InputError(file: settingsURL.path, "damaged room settings: deckFile or seed out of range")
        }
        return settings
    }

    /// The room's deck, checked against the fingerprint in `settings`.
    public func deck(_ settings: RoomSettings) throws(InputError) -> Deck {
        let file = url.appendingPathComponent(settings.deckFile)
        var deck = try DeckReader.read(url: file)
        deck.title = settings.deck.title
        guard DeckFingerprint(deck: deck) == settings.deck else {
            throw InputError(
                file: file.path,
                "the deck has changed since the room was created (expected \(settings.deck.cardCount) cards, "
                    + "ids hash \(settings.deck.idsHash))")
        }
        return deck
    }

    /// The round's control; a room whose round has not been touched has none yet.
    public func control(_ settings: RoomSettings) throws(InputError) -> RoomControl {
        guard let data = FileManager.default.contents(atPath: controlURL.path) else {
            return RoomControl(settings: settings)
        }
        do {
            return try Self.decoder.decode(RoomControl.self, from: data)
        } catch {
            throw InputError(
                file: controlURL.path, "damaged control file; expected the JSON the console writes")
        }
    }

    /// Writes the round's control.
    public func save(_ control: RoomControl) throws(InputError) {
        try DurableFile.write(try Self.encode(control), to: controlURL, mode: DurableFile.roomMode)
    }

    /// The results file of the participant named `name`.
    public func resultsURL(for name: ParticipantName) -> URL {
        resultsFolder.appendingPathComponent(name.fileStem + ".json")
    }

    /// The results files in the room (not temporary files), by name.
    public func resultsFiles() -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: resultsFolder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") && $0.hasSuffix(".json") }.sorted()
            .map { resultsFolder.appendingPathComponent($0) }
    }

    /// A value as the JSON of a room file.
    static func encode(_ value: some Encodable) throws(InputError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(ResultsDates.text(date))
        }
        do {
            return try encoder.encode(value) + Data("\n".utf8)
        } catch {
            throw InputError(file: "room", "cannot encode \(type(of: value))", kind: .ioFailure)
        }
    }

    /// The decoder for room files.
    static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = ResultsDates.date(text) else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "expected an ISO 8601 time")
            }
            return date
        }
        return decoder
    }
}
