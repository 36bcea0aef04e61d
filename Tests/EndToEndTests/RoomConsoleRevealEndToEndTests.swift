import Foundation
import TestSupport
import Testing

/// The facilitator's console after the reveal, in a real terminal: the
/// round is over, so the keys that steer it are refused and the control
/// file keeps what the header says.
@Suite(.serialized, .enabled(if: TmuxDriver.isAvailable && Fixtures.ladderBinary != nil))
struct RoomConsoleRevealEndToEndTests {
    @Test func afterTheRevealLockAndStartAreRefusedAndNoClockRuns() throws {
        let console = try TmuxDriver()
        let room = try WorkshopRoom.make(in: console.home, arguments: ["--timer", "2m"])
        let control = room + "/control.json"
        try console.start(try WorkshopRoom.ladder("room \(TmuxDriver.quote(room))"))
        try console.waitFor("s start")
        try console.send("s", literal: true)
        try console.waitFor("▶ 1:5")
        try console.send("r", literal: true)
        try console.waitFor("reveal the verdicts to everyone")
        try console.send("y", literal: true)
        try console.waitFor("revealed: every participant")
        for key in ["l", "s"] {
            try console.send(key, literal: true)
            let screen = try console.waitFor("the round is over: the verdicts are revealed")
            #expect(screen.contains("revealed"))
            #expect(!screen.contains("unlocked") && !screen.contains("started"), "\(key)")
            let file = try String(contentsOfFile: control, encoding: .utf8)
            #expect(file.contains("lockedAt") && file.contains("revealedAt"), "\(key): still locked")
            #expect(!file.contains("runningSince"), "\(key): no clock runs after the reveal")
            try console.send("j", literal: true)
        }
    }
}
