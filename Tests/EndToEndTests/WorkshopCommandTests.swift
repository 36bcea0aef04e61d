import Foundation
import TestSupport
import Testing

/// `ladder room create` and `ladder report` as a facilitator runs them.
@Suite struct WorkshopCommandTests {
    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "ladder-room-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// A results file as the README documents it, written by hand.
    private func resultsJSON(
        name: String, id: String, deck: [String: Any], seed: Int, piles: [(String, String)]
    ) throws -> Data {
        let cards = piles.enumerated().map { index, pair in
            ["id": pair.0, "pile": pair.1, "sequence": index + 1, "seconds": 2.5] as [String: Any]
        }
        let object: [String: Any] = [
            "format": "ladder-results", "version": 1, "deck": deck, "seed": seed, "room": "Tuesday",
            "participant": ["id": id, "name": name], "answersHidden": true,
            "times": ["joinedAt": "2026-11-24T21:00:00Z", "updatedAt": "2026-11-24T21:05:00.500Z"],
            "cards": cards, "scorecard": ["problem": 60.0],
        ]
        return try JSONSerialization.data(withJSONObject: object)
    }

    @Test func createMakesARoomAndRefusesASecond() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let room = folder.appendingPathComponent("room").path
        let made = try runLadder([
            "room", "create", room, "--deck", "bundled", "--seed", "7", "--timer", "10m", "--hide-answers",
            "--title",
            "Tuesday",
        ])
        #expect(made.status == 0, "\(made.error)")
        #expect(made.output.contains("Created the room \"Tuesday\""))
        #expect(made.output.contains("seed 7, a 10m round, answers hidden"))
        for file in ["room.json", "control.json", "deck.md", "results"] {
            #expect(FileManager.default.fileExists(atPath: room + "/" + file), "\(file)")
        }
        let again = try runLadder(["room", "create", room, "--deck", "bundled", "--seed", "7"])
        #expect(again.status == 73)
        #expect(again.error.contains("a room is already here"))
    }

    @Test func createSaysWhatIsMissingOrWrong() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let room = folder.appendingPathComponent("room").path
        let cases: [([String], Int32, String)] = [
            (["room", "create", room, "--seed", "1"], 64, "needs --deck"),
            (["room", "create", room, "--deck", "bundled"], 64, "needs --seed"),
            (
                ["room", "create", room, "--deck", "bundled", "--seed", "-1"], 64,
                "--seed takes a whole number"
            ),
            (
                ["room", "create", room, "--deck", "bundled", "--seed", "1", "--timer", "10"], 64,
                "--timer takes a length"
            ),
            (
                [
                    "room", "create", room, "--deck", folder.appendingPathComponent("none.csv").path,
                    "--seed", "1",
                ], 66, "no such file"
            ),
            (["room", "create"], 64, "takes one folder"),
            (["report"], 64, "needs a room folder"),
            (["report", room, "--format", "pdf"], 64, "--format takes md, csv or json"),
        ]
        for (arguments, status, message) in cases {
            let run = try runLadder(arguments)
            #expect(run.status == status, "\(arguments)")
            #expect(run.error.contains(message), "\(arguments): \(run.error)")
        }
        #expect(!FileManager.default.fileExists(atPath: room + "/room.json"))
    }

    @Test func theConsoleAndJoinSayAlikeWhyARoomWillNotOpen() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("none").path
        let damaged = folder.appendingPathComponent("damaged")
        try FileManager.default.createDirectory(at: damaged, withIntermediateDirectories: true)
        try Data("{".utf8).write(to: damaged.appendingPathComponent("room.json"))
        for (room, status, message) in [
            (missing, Int32(66), "\(missing)/room.json: no such room folder"),
            (damaged.path, 65, "\(damaged.path)/room.json: damaged room settings"),
        ] {
            for arguments in [["room", room], ["join", room, "--name", "Ana"]] {
                let run = try runLadder(arguments)
                #expect(run.status == status, "\(arguments)")
                #expect(run.error.hasPrefix("ladder: \(message)"), "\(arguments): \(run.error)")
            }
        }
    }

    @Test func reportCountsTheRoomAndSkipsWhatItCannotUse() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let room = folder.appendingPathComponent("room")
        let source = folder.appendingPathComponent("deck.md")
        try Data(
            """
            # Two cards

            - [productive] Answer every ping at once
              why: Speed of reply is not scope.
            - [advances] Frame the problem nobody owns
              why: Owning the problem is the job.

            """.utf8
        ).write(to: source)
        #expect(
            try runLadder(["room", "create", room.path, "--deck", source.path, "--seed", "3"]).status == 0)
        let settings = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: room.appendingPathComponent("room.json")))
                as? [String: Any])
        let deck = try #require(settings["deck"] as? [String: Any])
        let results = room.appendingPathComponent("results")
        let first = "answer-every-ping-at-once"
        try resultsJSON(name: "Ana", id: "a", deck: deck, seed: 3, piles: [(first, "advances")])
            .write(to: results.appendingPathComponent("ana.json"))
        try resultsJSON(name: "Bo", id: "b", deck: deck, seed: 3, piles: [(first, "productive")])
            .write(to: results.appendingPathComponent("bo.json"))
        try resultsJSON(name: "Cy", id: "c", deck: deck, seed: 4, piles: [(first, "productive")])
            .write(to: results.appendingPathComponent("cy.json"))
        try Data("{ torn".utf8).write(to: results.appendingPathComponent("torn.json"))

        let markdown = try runLadder(["report", room.path])
        #expect(markdown.status == 0, "\(markdown.error)")
        #expect(markdown.output.contains("2 took part"))
        #expect(markdown.output.contains("### 1. Answer every ping at once"))
        #expect(markdown.output.contains("1 feels productive · 1 advances you"))
        #expect(markdown.error.contains("cy.json: skipped: another round"))
        #expect(markdown.error.contains("torn.json: skipped: not JSON"))

        let csv = try runLadder(["report", room.path, "--format", "csv"])
        #expect(csv.output.hasPrefix("kind,rank,id,name,"))
        #expect(csv.output.contains("card,1,\(first),Answer every ping at once,1,1,0,1,2,50,productive,"))
        let json = try runLadder(["report", room.path, "--format=json"])
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect((object["participants"] as? [Any])?.count == 2)
        #expect((object["skipped"] as? [Any])?.count == 2)

        let files = try runLadder(["report", results.appendingPathComponent("ana.json").path])
        #expect(files.status == 0)
        #expect(files.output.contains("1 took part"))
        let nothing = try runLadder(["report", results.appendingPathComponent("torn.json").path])
        #expect(nothing.status == 65)
    }
}
