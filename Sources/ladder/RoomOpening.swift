import FoundationEssentials
import LadderCore

/// Opens the room a workshop command works on from the folder it was given.
/// When the room cannot be opened (no such folder, a damaged settings or
/// control file, a deck that changed) the command says why on standard
/// error and exits with the error's code.
enum RoomOpening {
    /// The room in `folder` and its settings, deck and control; nil after
    /// saying what is wrong, with `status` set to the code to exit with.
    static func open(_ folder: String, status: inout Int32) -> (room: RoomFolder, opened: OpenedRoom)? {
        let room = RoomFolder(url: URL(fileURLWithPath: folder))
        do {
            return (room, try room.open())
        } catch {
            Console.error(error.description)
            status = error.exitCode
            return nil
        }
    }
}
