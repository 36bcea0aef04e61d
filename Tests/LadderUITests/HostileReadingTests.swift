import Foundation
import LadderCore
import Testing

@testable import LadderUI

/// The reliability issue's hostile lessons, made in the test at a size that
/// keeps `swift test` quick: each is parsed, laid out, searched, stepped to
/// its last hit and drawn, and the work each step produces is checked to be
/// in proportion to the input (lines to its bytes, hits to the query's
/// occurrences, capped; a drawn line to the hits on it). The figures for the
/// full-size files, timed on the release build, are in the README's
/// Reliability section.
@Suite struct HostileReadingTests {
    /// One hostile lesson and what reading it must produce.
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        /// The chapter's body, after `# Hostile` and a blank line.
        var body: @Sendable () -> String
        var query: String
        /// Units in the chapter, title included.
        var units: Int
        /// Hits the query must find (at most `Search.matchLimit`).
        var hits: Int
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "one line of 512 KB",
            body: { String(repeating: "the team ships a change ", count: 21_846) },
            query: "team", units: 2, hits: 21_846),
        Case(
            name: "a paragraph of 20,000 lines",
            body: { (0..<20_000).map { "line \($0) of one long paragraph\n" }.joined() },
            query: "line", units: 2, hits: 20_000),
        Case(
            name: "50,000 lines in paragraphs of five",
            body: { (0..<50_000).map { $0 % 6 == 5 ? "\n" : "line \($0) of a long file\n" }.joined() },
            query: "line", units: 1 + 50_000 / 6 + 1, hits: 50_000 - 50_000 / 6),
        Case(
            name: "10,000 levels of quotes on one line",
            body: { String(repeating: "> ", count: 10_000) + "deep\n" }, query: "deep", units: 2, hits: 1),
        Case(
            name: "quotes stepping down 1,000 levels",
            body: { (1...1_000).map { String(repeating: "> ", count: $0) + "level \($0)\n" }.joined() },
            query: "level", units: 2, hits: 1_000),
        Case(
            name: "emphasis opened 20,000 times and never closed",
            body: { String(repeating: "*a _b **c __d ", count: 5_000) + "\n" }, query: "a", units: 2,
            hits: 5_000),
        Case(
            name: "more hits than the limit",
            body: { String(repeating: "e ", count: Search.matchLimit + 10) + "\n" }, query: "e", units: 2,
            hits: Search.matchLimit),
    ]

    @Test(arguments: cases)
    func readsSearchesAndDrawsInProportion(_ hostile: Case) throws {
        let body = hostile.body()
        let module = try LessonLoader.load(text: "# Hostile\n\n" + body, name: "hostile.md")
        let chapter = try #require(module.chapters.first)
        let layout = ChapterLayout(chapter: chapter, width: 72)
        #expect(layout.units.count == hostile.units)
        let bytes = layout.units.dropFirst().map(\.text.utf8.count).reduce(0, +)
        #expect(bytes <= body.utf8.count, "the text is kept once, not grown")
        // Words of a few letters fill a line of 72 to at least a third.
        #expect(layout.lines.count <= 2 * hostile.units + bytes / 24 + 1)

        let found = Search.matches(of: hostile.query, in: module)
        #expect(found.count == hostile.hits)

        var app = AppState(
            module: module, moduleKey: "hostile", size: Size(width: 80, height: 24),
            now: Date(timeIntervalSince1970: 0))
        app.apply(.chapterOpened(0))
        app.apply(.searchStarted)
        for character in hostile.query { app.apply(.searchTyped(character)) }
        app.apply(.searchSubmitted)
        app.apply(.matchStepped(-1))
        #expect(app.flash?.text == "Match \(hostile.hits) of \(hostile.hits) (wrapped)")
        let last = try #require(found.last)
        let shown = try #require(app.reader.layout.line(showing: last.unit, offset: last.start))
        #expect((app.reader.top..<(app.reader.top + 22)).contains(shown), "the last hit is on screen")
        let line = app.reader.layout.lines[shown]
        let search = try #require(app.search)
        let onLine = MatchLookup.hits(
            of: search, chapter: 0, unit: last.unit, overlapping: line.start..<line.end)
        #expect(onLine.count <= 72, "a drawn line looks at its own hits only")
        #expect(onLine.last?.current == true)
        let drawn = AppView.render(app).plainText
        #expect(drawn.contains(hostile.query))
    }
}
