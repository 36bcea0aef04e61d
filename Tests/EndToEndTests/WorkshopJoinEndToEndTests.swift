import Foundation
import TestSupport
import Testing

/// Joining a room in a real terminal: the rejoin code stays on screen
/// until Enter, however the name was given.
@Suite(.serialized, .enabled(if: TmuxDriver.isAvailable && Fixtures.ladderBinary != nil))
struct WorkshopJoinEndToEndTests {
    @Test func aNameOnTheCommandLineStillStopsOnTheRejoinCode() throws {
        let driver = try TmuxDriver()
        let room = try WorkshopRoom.make(in: driver.home)
        try driver.start(try WorkshopRoom.ladder("join \(TmuxDriver.quote(room)) --name Ana"))
        let welcome = try driver.waitFor("Press Enter to begin.")
        #expect(welcome.contains("Welcome, Ana. Your rejoin code is "))
        Thread.sleep(forTimeInterval: 0.5)
        #expect(try driver.screen().contains("Your rejoin code is"), "no full screen before Enter")
        try driver.send("Enter")
        try driver.waitFor("0/4 sorted")
    }

    @Test func aSecondNameAfterATakenOneStillStopsOnTheRejoinCode() throws {
        let first = try TmuxDriver()
        let room = try WorkshopRoom.make(in: first.home)
        try WorkshopRoom.join(room, as: "Ana", in: first)
        try first.waitFor("0/4 sorted")
        let second = try TmuxDriver()
        try second.start(try WorkshopRoom.ladder("join \(TmuxDriver.quote(room)) --name Ana"))
        try second.waitFor("Rejoin code:")
        try second.send("Enter")
        try second.waitFor("Your name")
        try second.send("Bo", literal: true)
        try second.send("Enter")
        let welcome = try second.waitFor("Press Enter to begin.")
        #expect(welcome.contains("Welcome, Bo. Your rejoin code is "))
        try second.send("Enter")
        try second.waitFor("0/4 sorted")
    }
}
