/// A room read whole, as the console and a participant both start from:
/// its settings, its deck (checked against them) and the round's control.
public struct OpenedRoom: Sendable {
    /// The room's settings.
    public var settings: RoomSettings
    /// The room's deck.
    public var deck: Deck
    /// The round's control as it stands.
    public var control: RoomControl
}

extension RoomFolder {
    /// Reads the settings, the deck and the control, failing on the first
    /// that cannot be used. Temporary files left by a ladder killed while
    /// writing to the room are removed on the way.
    public func open() throws(InputError) -> OpenedRoom {
        let settings = try settings()
        _ = AtomicFile.removeStaleTemporaries(in: url)
        _ = AtomicFile.removeStaleTemporaries(in: resultsFolder)
        return OpenedRoom(settings: settings, deck: try deck(settings), control: try control(settings))
    }
}
