import Foundation
import LadderCore
import TestSupport

/// The tracker exports under `Tests/LadderCoreTests/Fixtures`, written here
/// in the shapes Jira, Linear, Asana, GitHub and Trello export.
enum TrackerFixtures {
    /// The fixtures, by file name.
    static let names = [
        "jira-backlog.csv", "linear-issues.csv", "asana-tasks.csv", "github-issues.json", "trello-board.json",
    ]

    /// The fixture's bytes.
    static func bytes(_ name: String) throws -> [UInt8] {
        let url = Fixtures.packageRoot.appendingPathComponent("Tests/LadderCoreTests/Fixtures/\(name)")
        return Array(try Data(contentsOf: url))
    }

    /// The fixture's text.
    static func text(_ name: String) throws -> String {
        String(decoding: try bytes(name), as: UTF8.self)
    }

    /// The fixture read as a backlog.
    static func backlog(_ name: String) throws -> TrackerBacklog {
        try TrackerBacklog.read(text: text(name), name: name)
    }
}
