import Foundation
import LadderCore

// ladder-faults FOLDER
//
// Writes every kind of file ladder keeps, over and over and as fast as it
// can, until it is killed: progress, a triage session, the self-assessment
// and the scorecard history (state, under FOLDER/state), and a room's
// control file, a participant's results and a fresh name claimed at each
// round (under FOLDER/room). The fault-injection test kills it with SIGKILL
// at random moments, then reads every file back. It prints one line once
// the room exists and it is about to start writing.

let arguments = CommandLine.arguments
guard arguments.count == 2 else {
    FileHandle.standardError.write(Data("usage: ladder-faults FOLDER\n".utf8))
    exit(64)
}
let folder = URL(fileURLWithPath: arguments[1])
let stateFolder = folder.appendingPathComponent("state")
let room = RoomFolder(url: folder.appendingPathComponent("room"))

do {
    let settings = try FaultWriter.openRoom(room)
    var writer = try FaultWriter(room: room, settings: settings, stateFolder: stateFolder)
    FileHandle.standardOutput.write(Data("writing\n".utf8))
    var round = 0
    while true {
        try writer.writeEverything(round: round)
        round += 1
    }
} catch let error as InputError {
    FileHandle.standardError.write(Data("ladder-faults: \(error.description)\n".utf8))
    exit(error.exitCode)
} catch {
    FileHandle.standardError.write(Data("ladder-faults: \(error)\n".utf8))
    exit(70)
}
