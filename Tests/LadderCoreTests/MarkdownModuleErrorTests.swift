import LadderCore
import Testing

@Suite struct MarkdownModuleErrorTests {
    /// The error parsing `text` throws, if any.
    func error(_ text: String) -> InputError? {
        do throws(InputError) {
            _ = try MarkdownModuleReader.parse(text, name: "m.md")
            return nil
        } catch {
            return error
        }
    }

    @Test func frontMatterNotClosed() throws {
        let failure = try #require(error("---\ntitle: T\n# C\n"))
        #expect(failure.line == 1)
        #expect(failure.message.contains("never closed"))
        #expect(failure.kind == .badData)
        #expect(failure.description.hasPrefix("m.md:1: "))
    }

    @Test func unknownKey() throws {
        let failure = try #require(error("---\ntitle: T\nauthor: Me\n---\n# C\n"))
        #expect(failure.line == 3)
        #expect(failure.message.contains("author"))
        #expect(failure.message.contains("reading-time"))
    }

    @Test func lessonNotANumber() throws {
        let failure = try #require(error("---\nlesson: fifty\n---\n# C\n"))
        #expect(failure.line == 2)
        #expect(failure.message.contains("whole number"))
    }

    @Test func readingTimeNotMinutes() throws {
        let failure = try #require(error("---\nreading-time: soon\n---\n# C\n"))
        #expect(failure.line == 2)
    }

    @Test func lineWithoutColonOrValue() throws {
        #expect(error("---\ntitle\n---\n# C\n")?.line == 2)
        #expect(error("---\ntitle:\n---\n# C\n")?.line == 2)
    }

    @Test func duplicateKey() throws {
        let failure = try #require(error("---\ntitle: A\ntitle: B\n---\n# C\n"))
        #expect(failure.line == 3)
        #expect(failure.message.contains("line 2"))
    }

    @Test func textBeforeFirstChapter() throws {
        let failure = try #require(error("---\ntitle: T\n---\n\nStray words\n# C\n"))
        #expect(failure.line == 5)
        #expect(failure.message.contains("`# `"))
        #expect(error("## Section first\n# C\n")?.line == 1)
    }

    @Test func noChapters() throws {
        let failure = try #require(error("---\ntitle: T\n---\n\n"))
        #expect(failure.message.contains("no chapters"))
        #expect(failure.line == 4)
    }

    @Test func emptyHeading() throws {
        #expect(error("# C\n\n##\n")?.line == 3)
        #expect(error("#\n")?.line == 1)
    }
}
