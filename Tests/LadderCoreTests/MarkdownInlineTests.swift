import LadderCore
import Testing

@Suite struct MarkdownInlineTests {
    /// The spans of a one-paragraph chapter holding `text`.
    func spans(_ text: String) throws -> [Span] {
        let module = try MarkdownModuleReader.parse("# C\n\n" + text, name: "m.md")
        guard case .paragraph(let spans) = try #require(module.chapters.first?.blocks.first) else {
            Issue.record("expected a paragraph")
            return []
        }
        return spans
    }

    @Test func emphasisStrongAndCode() throws {
        #expect(
            try spans("a *b* c **d** e `f` g _h_")
                == [
                    Span("a "), Span("b", .emphasis), Span(" c "), Span("d", .strong), Span(" e "),
                    Span("f", .code), Span(" g "), Span("h", .emphasis),
                ])
    }

    @Test func backslashEscapes() throws {
        #expect(try spans(#"\*not\* \_this\_ \`or\` a\\b"#) == [Span(#"*not* _this_ `or` a\b"#)])
        #expect(try spans(#"keep \q as is"#) == [Span(#"keep \q as is"#)])
    }

    @Test func unmatchedMarkersStayLiteral() throws {
        #expect(try spans("2 * 3 = 6 and a*b") == [Span("2 * 3 = 6 and a*b")])
        #expect(try spans("**open only") == [Span("**open only")])
        #expect(try spans("snake_case_name") == [Span("snake_case_name")])
        #expect(try spans("tick ` alone") == [Span("tick ` alone")])
    }

    @Test func codeKeepsMarkersAndBackslashes() throws {
        #expect(try spans(#"`*x* \n`"#) == [Span(#"*x* \n"#, .code)])
        #expect(try spans("``a ` b``") == [Span("a ` b", .code)])
    }

    @Test func nestedStylesFlatten() throws {
        #expect(try spans("**bold *inner* bold**") == [Span("bold inner bold", .strong)])
        #expect(
            try spans("*em **strong** em*") == [
                Span("em ", .emphasis), Span("strong", .strong), Span(" em", .emphasis),
            ])
        #expect(try spans("**see `code`**") == [Span("see ", .strong), Span("code", .code)])
    }

    @Test func typographyPassesThrough() throws {
        #expect(try spans("“Quoted” — it’s · fine") == [Span("“Quoted” — it’s · fine")])
    }

    @Test func manyUnmatchedMarkersStayFast() throws {
        let hostile = String(repeating: "*a _b **c ", count: 5_000)
        #expect(try spans(hostile) == [Span(String(hostile.dropLast()))])
    }
}
