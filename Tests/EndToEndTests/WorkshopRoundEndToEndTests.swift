import Foundation
import TestSupport
import Testing

/// Shared by the workshop's terminal tests: a four-card room.
enum WorkshopRoom {
    static let deck = """
        # Four cards

        - [productive] Answer every ping at once
          why: Speed of reply is not scope.
        - [advances] Frame the problem nobody owns
          why: Owning the problem is the job.
        - [productive] Polish the slides again
          why: The argument was already made.
        - [advances] Say no to the good idea
          why: It protects the great one.

        """

    /// Makes a room in `folder` and returns its path.
    static func make(in folder: URL, arguments: [String] = []) throws -> String {
        let source = folder.appendingPathComponent("four.md")
        try Data(deck.utf8).write(to: source)
        let room = folder.appendingPathComponent("room").path
        let made = try runLadder(
            ["room", "create", room, "--deck", source.path, "--seed", "9", "--title", "Guild"] + arguments)
        #expect(made.status == 0, "\(made.error)")
        return room
    }

    /// Joins `room` as `name` in `driver`: the rejoin code waits on Enter
    /// before the round's full screen opens.
    static func join(_ room: String, as name: String, in driver: TmuxDriver) throws {
        try driver.start(try ladder("join \(TmuxDriver.quote(room)) --name \(name)"))
        let welcome = try driver.waitFor("Press Enter to begin.")
        #expect(welcome.contains("Welcome, \(name). Your rejoin code is "))
        try driver.send("Enter")
    }

    static func ladder(_ arguments: String) throws -> String {
        TmuxDriver.quote(try #require(Fixtures.ladderBinary).path) + " " + arguments
    }
}

/// Three participants and a facilitator on one room, each in a terminal.
@Suite(.serialized, .enabled(if: TmuxDriver.isAvailable && Fixtures.ladderBinary != nil))
struct WorkshopRoundEndToEndTests {
    @Test func theRoomSplitsLocksAndReveals() throws {
        let console = try TmuxDriver()
        let room = try WorkshopRoom.make(in: console.home, arguments: ["--timer", "5m", "--hide-answers"])
        try console.start(try WorkshopRoom.ladder("room \(TmuxDriver.quote(room))"), width: 100, height: 30)
        try console.waitFor("Nobody has joined yet.")
        let names = ["Ana", "Bo", "Cy"]
        let people = try names.map { name in
            let driver = try TmuxDriver()
            try WorkshopRoom.join(room, as: name, in: driver)
            try driver.waitFor("Waiting for the facilitator to start the round")
            return driver
        }
        try people[0].send("l", literal: true)
        try people[0].waitFor("Waiting for the facilitator")
        #expect(try people[0].screen().contains("0/4 sorted"), "no sorting before the start")
        try console.waitFor("3 joined")

        try console.send("s", literal: true)
        for person in people { try person.waitFor("Guild · 4:5") }
        try people[2].send("Space")
        try people[2].waitFor("The verdicts stay hidden until the facilitator reveals them")
        for (person, key) in zip(people, ["l", "h", "l"]) {
            try person.send(key, literal: true)
            let sorted = try person.waitFor("1/4 sorted")
            #expect(
                !sorted.contains("agree with the lesson") && !sorted.contains("The lesson says"),
                "hidden answers: no verdict after a sort")
        }
        let split = try console.waitFor {
            $0.contains("Ana 1/4") && $0.contains("Cy 1/4") && $0.contains("○  1 ")
        }
        #expect(split.contains(" 2 ▲  "), "one feels productive, two advance you")

        try console.send("l", literal: true)
        try people[1].waitFor("The facilitator locked the round")
        try people[1].send("l", literal: true)
        try people[1].waitFor("The facilitator locked the round")
        #expect(try people[1].screen().contains("1/4 sorted"), "a lock stops sorting")

        try console.send("r", literal: true)
        try console.waitFor("reveal the verdicts to everyone")
        try console.send("y", literal: true)
        for person in people {
            // The reveal ends hidden mode and shows each their own summary.
            let summary = try person.waitFor("The verdicts are revealed: 1 of 4 cards sorted")
            #expect(summary.contains("You agreed with the lesson on"))
        }
        try people[0].send("u", literal: true)
        try people[0].waitFor("The facilitator revealed the verdicts: the round is over")
        #expect(try people[0].screen().contains("The verdicts are revealed: 1 of 4 cards sorted"))

        let report = try runLadder(["report", room])
        #expect(report.output.contains("3 took part"))
        #expect(report.output.contains("1 feels productive · 2 advances you"))
    }

    @Test func theConsoleTakesItsKeysFromTheConfigurationFile() throws {
        let console = try TmuxDriver()
        let room = try WorkshopRoom.make(in: console.home, arguments: ["--timer", "5m"])
        let config = console.home.appendingPathComponent("config/ladder")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try Data("keys = arrows\n[keys]\nroom.start = S\napp.help = F9\n".utf8).write(
            to: config.appendingPathComponent("config"))
        let control = room + "/control.json"
        try console.start(try WorkshopRoom.ladder("room \(TmuxDriver.quote(room))"), width: 100, height: 30)
        let first = try console.waitFor("S start")
        #expect(first.contains("F9 help"))
        try console.send("s", literal: true)
        try console.send("F9")
        let help = try console.waitFor("Room console")
        #expect(help.contains("start the round, or resume it after a pause"))
        #expect(help.contains("  S  "), "the new key in the help")
        #expect(help.contains(" ↓ ↑  "), "the arrows preset scrolls the cards")
        #expect(
            !(try String(contentsOfFile: control, encoding: .utf8).contains("startedAt")), "s starts nothing")
        try console.send("Escape")
        try console.waitFor("S start")
        try console.send("S", literal: true)
        try console.waitFor("▶ 4:5")
        #expect(try String(contentsOfFile: control, encoding: .utf8).contains("startedAt"))
    }
}
