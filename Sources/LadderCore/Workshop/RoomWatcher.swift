import FoundationEssentials

/// Follows a room's results folder cheaply: each refresh lists the folder
/// and stats each file, and rereads only the files whose size, time or
/// inode changed (an atomic rewrite is a new inode). A room of 200
/// participants writing at once costs 200 stats plus the files that moved.
public struct RoomWatcher: Sendable {
    /// The room watched.
    public let room: RoomFolder
    /// The round whose results count; files of another round are listed in `unusable`.
    public let round: RoundKey
    /// The usable results, by file name.
    public private(set) var results: [String: ParticipantResults] = [:]
    /// Files that could not be used, by file name, with why.
    public private(set) var unusable: [String: String] = [:]
    /// How many files the last refresh read.
    public private(set) var lastReads = 0
    private var stamps: [String: FileStamp] = [:]

    /// A watcher of `room`'s results for `round`; nothing is read until `refresh`.
    public init(room: RoomFolder, round: RoundKey) {
        self.room = room
        self.round = round
    }

    /// Catches up with the folder; true when any result appeared, changed or went.
    @discardableResult
    public mutating func refresh() -> Bool {
        lastReads = 0
        let names = (try? FileManager.default.contentsOfDirectory(atPath: room.resultsFolder.path)) ?? []
        var seen = Set<String>()
        var changed = false
        for name in names where name.hasSuffix(".json") && !name.hasPrefix(".") {
            seen.insert(name)
            let path = room.resultsFolder.appendingPathComponent(name).path
            guard let stamp = FileStamp(path: path) else { continue }
            guard stamps[name] != stamp else { continue }
            stamps[name] = stamp
            lastReads += 1
            changed = true
            read(name, path: path)
        }
        for name in stamps.keys where !seen.contains(name) {
            stamps[name] = nil
            results[name] = nil
            unusable[name] = nil
            changed = true
        }
        return changed
    }

    /// The results in file-name order, each with its file.
    public var ordered: [(file: String, results: ParticipantResults)] {
        results.keys.sorted().compactMap { name in results[name].map { (name, $0) } }
    }

    private mutating func read(_ name: String, path: String) {
        do throws(InputError) {
            let entry = try ResultsCodec.readForReport(URL(fileURLWithPath: path))
            guard entry.round == round else {
                results[name] = nil
                unusable[name] = "another round: " + ResultsCollection.describe(entry.round)
                return
            }
            results[name] = entry
            unusable[name] = nil
        } catch {
            results[name] = nil
            unusable[name] = error.message
        }
    }
}
