import Foundation
import LadderCore
import Testing

/// Writing a triaged backlog back into its tracker's format: the original
/// columns and values come back byte for byte, with the verdict and note added.
@Suite struct TrackerRoundTripTests {
    /// A session over `backlog` with the first card on "advances you" (with a
    /// note), the second on "feels productive", the third skipped.
    static func session(_ backlog: TrackerBacklog) -> TriageSession {
        var session = TriageSession(deck: backlog.deck, startedAt: DeckTestSupport.time(0))
        session.sort(.advances, at: DeckTestSupport.time(5))
        session.setNote("Unblocks the Q1 bet, \"really\"; ask Dana", at: 0)
        session.sort(.productive, at: DeckTestSupport.time(9))
        session.skip(at: DeckTestSupport.time(12))
        return session
    }

    /// The rows of a CSV text, fields unquoted, read the way a deck is.
    static func rows(_ bytes: [UInt8]) throws -> [[String]] {
        let text = String(decoding: bytes, as: UTF8.self)
        return try TrackerTable.rows(text)
    }

    @Test(arguments: ["jira-backlog.csv", "linear-issues.csv", "asana-tasks.csv"])
    func csvOriginalColumnsAndValuesComeBackByteForByte(name: String) throws {
        let original = try TrackerFixtures.bytes(name)
        let backlog = try TrackerFixtures.backlog(name)
        let written = Array(try TrackerExport.data(session: Self.session(backlog), backlog: backlog))
        let before = try Self.rows(original)
        let after = try Self.rows(written)
        #expect(after.count == before.count)
        #expect(after[0] == before[0] + ["ladder", "ladder note"])
        for (old, new) in zip(before, after) {
            #expect(new.count == before[0].count + 2)
            #expect(new.prefix(old.count).map { Array($0.utf8) } == old.map { Array($0.utf8) })
        }
        let reread = try TrackerBacklog.read(text: String(decoding: written, as: UTF8.self), name: name)
        #expect(reread.deck == backlog.deck)
    }

    @Test(arguments: ["jira-backlog.csv", "linear-issues.csv", "asana-tasks.csv"])
    func csvDialectIsKeptDelimiterQuotingMarkAndLineBreaks(name: String) throws {
        let original = try TrackerFixtures.bytes(name)
        let backlog = try TrackerFixtures.backlog(name)
        let written = Array(try TrackerExport.data(session: Self.session(backlog), backlog: backlog))
        #expect(written.starts(with: [0xEF, 0xBB, 0xBF]) == original.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(
            written.count { $0 == 0x0D } == original.count { $0 == 0x0D }, "same line breaks, no new ones")
        #expect(written.count { $0 == 0x0A } == original.count { $0 == 0x0A })
        #expect(written.last == original.last)
        let firstLine = written.prefix { $0 != 0x0A && $0 != 0x0D }
        let originalFirst = original.prefix { $0 != 0x0A && $0 != 0x0D }
        #expect(firstLine.starts(with: originalFirst))
        let quotesAll = originalFirst.first == UInt8(ascii: "\"")
        let added = quotesAll ? #","ladder","ladder note""# : ",ladder,ladder note"
        #expect(Array(firstLine.dropFirst(originalFirst.count)) == Array(added.utf8))
    }

    @Test func jiraRowsGetTheirVerdictsAndTheNoteQuotedAsJiraWouldRead() throws {
        let backlog = try TrackerFixtures.backlog("jira-backlog.csv")
        let written = try TrackerExport.data(session: Self.session(backlog), backlog: backlog)
        let rows = try Self.rows(Array(written))
        let byKey = Dictionary(uniqueKeysWithValues: rows.dropFirst().map { ($0[1], $0.suffix(2)) })
        #expect(
            Array(byKey["PAY-412"] ?? []) == ["advances you", "Unblocks the Q1 bet, \"really\"; ask Dana"])
        #expect(Array(byKey["PAY-398"] ?? []) == ["feels productive", ""])
        #expect(Array(byKey["PAY-420"] ?? []) == ["skipped", ""])
        #expect(Array(byKey["PAY-431"] ?? []) == ["", ""])
        #expect(Array(byKey["PAY-377"] ?? []) == ["", ""], "a resolved row is kept, with blank cells")
        let text = String(decoding: written, as: UTF8.self)
        #expect(text.contains(#",advances you,"Unblocks the Q1 bet, ""really""; ask Dana""#))
    }

    @Test(arguments: TrackerFixtures.names)
    func withoutVerdictsOnlyTheAddedColumnsDiffer(name: String) throws {
        let original = try TrackerFixtures.bytes(name)
        let backlog = try TrackerFixtures.backlog(name)
        let fresh = TriageSession(deck: backlog.deck, startedAt: DeckTestSupport.time(0))
        let written = Array(try TrackerExport.data(session: fresh, backlog: backlog))
        let removed = TrackerTable.removingAddedMembers(written, name: name, cards: backlog.deck.cards.count)
        #expect(removed == original)
    }

    @Test(arguments: TrackerFixtures.names)
    func writingBackTwiceFillsTheSameColumnsAgain(name: String) throws {
        let backlog = try TrackerFixtures.backlog(name)
        let first = try TrackerExport.data(session: Self.session(backlog), backlog: backlog)
        let again = try TrackerBacklog.read(text: String(decoding: first, as: UTF8.self), name: name)
        #expect(again.deck == backlog.deck)
        var session = TriageSession(deck: again.deck, startedAt: DeckTestSupport.time(0))
        let sameAsBefore = try TrackerExport.data(session: Self.session(again), backlog: again)
        #expect(sameAsBefore == first)
        session.sort(.productive, at: DeckTestSupport.time(3))
        let changed = String(
            decoding: try TrackerExport.data(session: session, backlog: again), as: UTF8.self)
        #expect(changed.utf8.count < first.count, "the note went, the columns were not added twice")
        #expect(!changed.contains("advances you"))
    }

    @Test func githubExportGetsLadderMembersSplicedInItsCompactStyle() throws {
        let original = try TrackerFixtures.text("github-issues.json")
        let backlog = try TrackerFixtures.backlog("github-issues.json")
        let written = String(
            decoding: try TrackerExport.data(session: Self.session(backlog), backlog: backlog), as: UTF8.self)
        #expect(
            written.contains(
                #""url":"https://github.com/acme-roadmaps/planner/issues/214","ladder":"advances you","#
                    + #""ladderNote":"Unblocks the Q1 bet, \"really\"; ask Dana"}"#))
        #expect(written.contains(#"issues/219","ladder":"feels productive","ladderNote":""}"#))
        #expect(written.contains(#"issues/221","ladder":"skipped","ladderNote":""}"#))
        #expect(written.contains(#"issues/198"}"#), "the closed issue is untouched")
        #expect(written.contains(#"\u003cpptx\u003e"#), "Go's escapes are kept as they were")
        #expect(written.hasSuffix("}]\n"))
        #expect(written.count > original.count)
        let reread = try TrackerBacklog.read(text: written, name: "github-issues.json")
        #expect(reread.deck == backlog.deck)
    }

    @Test func trelloExportGetsLadderMembersIndentedLikeTheCard() throws {
        let backlog = try TrackerFixtures.backlog("trello-board.json")
        let written = String(
            decoding: try TrackerExport.data(session: Self.session(backlog), backlog: backlog), as: UTF8.self)
        #expect(
            written.contains(
                "\"dateLastActivity\": \"2026-11-18T09:12:44.120Z\",\n      \"ladder\": \"advances you\",\n"
                    + "      \"ladderNote\": \"Unblocks the Q1 bet, \\\"really\\\"; ask Dana\"\n    }"))
        #expect(written.contains("\"dateLastActivity\": \"2026-06-01T08:00:00.000Z\"\n    }"))
    }

    @Test func aSessionForAnotherDeckOrAMarkdownBacklogIsRefused() throws {
        let backlog = try TrackerFixtures.backlog("jira-backlog.csv")
        let other = TriageSession(deck: DeckTestSupport.deck(3), startedAt: DeckTestSupport.time(0))
        #expect(throws: InputError.self) { try TrackerExport.data(session: other, backlog: backlog) }
        let markdown = try TrackerBacklog.read(text: "- One\n- Two\n", name: "b.md")
        let session = TriageSession(deck: markdown.deck, startedAt: DeckTestSupport.time(0))
        #expect(throws: InputError.self) { try TrackerExport.data(session: session, backlog: markdown) }
    }
}
