import FoundationEssentials

/// Keeps a triage session on disk so it can be resumed: one file per deck
/// under `folder/triage/`, named by the deck's fingerprint, written atomically.
public enum TriageStore {
    /// The file holding the session for `deck` under `folder`.
    public static func url(for deck: Deck, folder: URL) -> URL {
        url(for: DeckFingerprint(deck: deck), folder: folder)
    }

    /// The file holding the session for `fingerprint` under `folder`.
    public static func url(for fingerprint: DeckFingerprint, folder: URL) -> URL {
        folder.appendingPathComponent("triage", isDirectory: true)
            .appendingPathComponent(fingerprint.fileStem + ".json")
    }

    /// The saved session for `deck`, nil when there is none for this deck.
    /// Throws when the file is unreadable or damaged.
    public static func load(deck: Deck, folder: URL) throws(InputError) -> TriageSession? {
        let file = url(for: deck, folder: folder)
        guard let data = try AtomicFile.read(file) else { return nil }
        do {
            return try TriageSession.restore(from: data, deck: deck)
        } catch {
            throw InputError(file: file.path, error.message, kind: error.kind)
        }
    }

    /// Saves `session` for its deck under `folder`.
    public static func save(_ session: TriageSession, folder: URL) throws(InputError) {
        try AtomicFile.write(session.encoded(), to: url(for: session.fingerprint, folder: folder))
    }

    /// Deletes the saved session for `deck`, if any (to start over).
    public static func discard(deck: Deck, folder: URL) throws(InputError) {
        let file = url(for: deck, folder: folder)
        guard FileManager.default.fileExists(atPath: file.path) else { return }
        do {
            try FileManager.default.removeItem(at: file)
        } catch {
            throw InputError(file: file.path, "cannot delete the saved session", kind: .ioFailure)
        }
    }
}
