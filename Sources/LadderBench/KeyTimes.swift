import Foundation

/// The file a driven ladder appends its own time for each answer to (from
/// the read that brought the input to the screen updated, microseconds, one
/// a line), read back a key at a time.
final class KeyTimes {
    /// The file's path, passed as `LADDER_KEY_TIMES`.
    let path: String
    private var offset: UInt64 = 0

    init() {
        path = FileManager.default.temporaryDirectory.path + "/ladder-key-times-\(UUID().uuidString).log"
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// The first time written since the last call, in milliseconds; the rest
    /// (frames the same key drew later, such as a message fading) are passed over.
    func takeFirst() -> Double? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        guard (try? handle.seek(toOffset: offset)) != nil, let data = try? handle.readToEnd(), !data.isEmpty
        else { return nil }
        offset += UInt64(data.count)
        let first = String(decoding: data, as: UTF8.self).split(separator: "\n").first
        return first.flatMap { Double($0) }.map { $0 / 1000 }
    }
}
