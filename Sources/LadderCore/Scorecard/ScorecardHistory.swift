import FoundationEssentials

/// Every scorecard snapshot taken, oldest first, and where it is kept:
/// `scorecard-history.json` in the state folder, written atomically.
public struct ScorecardHistory: Equatable, Sendable {
    /// The file name inside the folder handed to `load` and `save`.
    public static let fileName = "scorecard-history.json"
    /// The most snapshots kept; older ones are dropped first.
    public static let limit = 500
    /// The file format version written: 2 adds each snapshot's basis.
    public static let version = 2
    /// Every version read; version 1 files read with no basis on any
    /// snapshot, so they stay as history but never compare with new ones.
    public static let readableVersions = 1...2

    /// The snapshots, sorted by date (equal dates keep the order they came in).
    public private(set) var entries: [ScorecardSnapshot]

    /// Creates a history, sorting `entries` by date and keeping the newest `limit`.
    public init(entries: [ScorecardSnapshot] = []) {
        let sorted = entries.enumerated().sorted { left, right in
            left.element.date == right.element.date
                ? left.offset < right.offset : left.element.date < right.element.date
        }
        self.entries = Array(sorted.map(\.element).suffix(Self.limit))
    }

    /// Adds a snapshot in date order, after any with the same date.
    public mutating func append(_ snapshot: ScorecardSnapshot) {
        let index = entries.lastIndex { $0.date <= snapshot.date }.map { $0 + 1 } ?? 0
        entries.insert(snapshot, at: index)
        if entries.count > Self.limit { entries.removeFirst(entries.count - Self.limit) }
    }

    /// The newest snapshot.
    public var latest: ScorecardSnapshot? { entries.last }

    /// The snapshots computed on `basis`: the ones a scorecard on that
    /// basis compares with, so a different deck, statement set or formula
    /// never shows up as a change.
    public func matching(_ basis: ScorecardBasis) -> ScorecardHistory {
        ScorecardHistory(entries: entries.filter { $0.basis == basis })
    }

    /// The newest snapshot taken strictly before `date`.
    public func previous(before date: Date) -> ScorecardSnapshot? {
        entries.last { $0.date < date }
    }

    /// The newest `count` snapshots, oldest first.
    public func last(_ count: Int) -> [ScorecardSnapshot] { Array(entries.suffix(max(0, count))) }

    /// The values of `gauge`, oldest first, from the newest `count` snapshots
    /// (all when nil) that have it: the input of a sparkline.
    public func series(for gauge: Gauge, last count: Int? = nil) -> [Double] {
        let values = entries.compactMap { $0.values[gauge] }
        guard let count else { return values }
        return Array(values.suffix(max(0, count)))
    }

    /// Reads the history kept in `folder`; empty when there is none yet.
    public static func load(folder: URL) throws(InputError) -> ScorecardHistory {
        let url = folder.appendingPathComponent(fileName)
        guard let data = try AtomicFile.read(url) else { return ScorecardHistory() }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let file: StoredFile
        do {
            file = try decoder.decode(StoredFile.self, from: data)
        } catch {
            throw InputError(file: url.path, "expected a scorecard history in JSON (\(describe(error)))")
        }
        guard readableVersions.contains(file.version) else {
            throw InputError(file: url.path, "unsupported scorecard history version \(file.version)")
        }
        return ScorecardHistory(entries: file.snapshots)
    }

    /// Writes the history into `folder` atomically, creating the folder.
    public func save(folder: URL) throws(InputError) {
        let url = folder.appendingPathComponent(Self.fileName)
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data: Data
        do {
            data = try encoder.encode(StoredFile(version: Self.version, snapshots: entries))
        } catch {
            throw InputError(file: url.path, "cannot encode the scorecard history", kind: .ioFailure)
        }
        try AtomicFile.write(data, to: url)
    }

    private struct StoredFile: Codable {
        var version: Int
        var snapshots: [ScorecardSnapshot]
    }

    private static func describe(_ error: any Error) -> String {
        guard let error = error as? DecodingError else { return "unreadable" }
        switch error {
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "not valid JSON" : "bad value at \(path(context))"
        case .keyNotFound(let key, let context):
            let at = context.codingPath.isEmpty ? "" : " in \(path(context))"
            return "missing \"\(key.stringValue)\"\(at)"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "wrong type at \(path(context))"
        @unknown default:
            return "unreadable"
        }
    }

    private static func path(_ context: DecodingError.Context) -> String {
        context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }
}
