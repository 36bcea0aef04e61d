import Foundation
import TestSupport
import Testing

/// `ladder present` and `ladder report --tui` in a real terminal at 80x24:
/// the slides and their keys, a room's split followed live with the
/// verdict shown only on request, and the report browsed by section.
@Suite(.serialized, .enabled(if: TmuxDriver.isAvailable && Fixtures.ladderBinary != nil))
struct PresentEndToEndTests {
    @Test func theModulesSlidesStepResizeAndQuit() throws {
        let driver = try TmuxDriver()
        try driver.start("NO_COLOR=1 " + (try WorkshopRoom.ladder("present")))
        let first = try driver.waitFor("Career Growth for Product Managers")
        let count = try #require(first.firstMatch(of: #/1 / (\d+)/#)?.1)
        try driver.send("Space")
        try driver.waitFor("2 / \(count)")
        try driver.waitFor("██")
        try driver.send("G", literal: true)
        try driver.waitFor("\(count) / \(count)")
        try driver.send("k", literal: true)
        try driver.waitFor("\(Int(count).map { $0 - 1 } ?? 0) / \(count)")
        try driver.send("Tab")
        try driver.send("/", literal: true)
        #expect(try !driver.screen().contains("F1 Contents"), "no tabs, no search: it stands alone")
        try driver.send("?", literal: true)
        try driver.waitFor("the next slide")
        try driver.send("Escape")
        try driver.resize(width: 40, height: 12)
        let narrow = try driver.waitFor { $0.contains("/ \(count)") && !$0.contains("the next slide") }
        #expect(narrow.split(separator: "\n").allSatisfy { $0.count <= 40 })
        try driver.resize(width: 200, height: 60)
        try driver.waitFor("/ \(count)")
        try driver.send("q", literal: true)
        try driver.waitFor { !$0.contains("/ \(count)") }
    }

    @Test func aRoomsSplitIsFollowedLiveAndTheVerdictWaitsForTheKey() throws {
        let screen = try TmuxDriver()
        let room = try WorkshopRoom.make(in: screen.home)
        try screen.start(try WorkshopRoom.ladder("present --room \(TmuxDriver.quote(room))"))
        try screen.waitFor("Nobody has joined yet")
        let people = try [("Ana", "h"), ("Bo", "l")].map { name, key in
            let driver = try TmuxDriver()
            try WorkshopRoom.join(room, as: name, in: driver)
            try driver.waitFor("0/4 sorted")
            try driver.send(key, literal: true)
            try driver.waitFor("1/4 sorted")
            return driver
        }
        let split = try screen.waitFor("1 of 1")
        #expect(split.contains("2 sorted: 50% · 50%"))
        #expect(split.contains("r shows the lesson's verdict"))
        #expect(!split.contains("The lesson:"), "the verdict waits for the facilitator")
        try screen.send("r", literal: true)
        try screen.waitFor("The lesson:")
        try screen.send("q", literal: true)
        try screen.waitFor { !$0.contains("The lesson:") }

        try screen.stop()
        try screen.start(try WorkshopRoom.ladder("report --tui \(TmuxDriver.quote(room))"))
        try screen.waitFor("Room report: Guild")
        try screen.waitFor("2 took part")
        try screen.send("3", literal: true)
        let participants = try screen.waitFor("Participants")
        #expect(participants.contains("Ana") && participants.contains("Bo"))
        try screen.send("q", literal: true)
        try screen.waitFor { !$0.contains("Participants") }
        for person in people { try person.send("q", literal: true) }
    }
}
