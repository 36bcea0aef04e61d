import Foundation
import LadderCore
import Testing

@Suite struct LessonLoaderTests {
    static let markdown = "---\ntitle: T\n---\n# Chapter\n\nText.\n"
    static let plain =
        "Module 1 · Basics\n\n3\n\nA Title\n\nA subtitle, said plainly.\n\n2 pages1K words4 min read\n\nFirst Part\n\nText.\n"

    /// The error loading `text` throws, if any.
    func failure(_ text: String) -> InputError? {
        do throws(InputError) {
            _ = try LessonLoader.load(text: text, name: "f")
            return nil
        } catch {
            return error
        }
    }

    /// Writes `data` to a fresh temporary file and returns its URL.
    func temporaryFile(_ data: Data, named name: String = "lesson.txt") throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "ladder-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        return url
    }

    @Test func sniffsFromContent() {
        #expect(LessonFormat.sniff(Self.markdown) == .markdown)
        #expect(LessonFormat.sniff("\n\n# Heading only\n") == .markdown)
        #expect(LessonFormat.sniff("Intro\n\n## Section\n") == .markdown)
        #expect(LessonFormat.sniff(Self.plain) == .plainExport)
        #expect(LessonFormat.sniff("#hashtag is not a heading\n") == .plainExport)
    }

    @Test func loadsEitherFormat() throws {
        #expect(try LessonLoader.load(text: Self.markdown, name: "a").chapters.map(\.title) == ["Chapter"])
        let plain = try LessonLoader.load(text: Self.plain, name: "b")
        #expect(plain.meta.title == "A Title")
        #expect(plain.meta.words == 1_000)
        #expect(plain.chapters.map(\.title) == ["First Part"])
    }

    @Test func ignoresTheFileName() throws {
        let url = try temporaryFile(Data(Self.plain.utf8), named: "looks-like.md")
        #expect(try LessonLoader.load(url: url).meta.title == "A Title")
        let other = try temporaryFile(Data(Self.markdown.utf8), named: "looks-like.txt")
        #expect(try LessonLoader.load(url: other).chapters.map(\.title) == ["Chapter"])
    }

    @Test func handlesCRLFBomAndTabs() throws {
        let crlf =
            "\u{FEFF}" + Self.markdown.replacingOccurrences(of: "\n", with: "\r\n") + "-\tone\r\n-\ttwo\r\n"
        let module = try LessonLoader.load(text: crlf, name: "w")
        #expect(module.meta.title == "T")
        #expect(
            module.chapters.first?.blocks == [
                .paragraph([Span("Text.")]), .list(items: [[Span("one")], [Span("two")]], ordered: false),
            ])
        let plain = try LessonLoader.load(
            text: "\u{FEFF}" + Self.plain.replacingOccurrences(of: "\n", with: "\r\n"), name: "p")
        #expect(plain.meta.module == "Module 1 · Basics")
        #expect(plain.chapters.first?.blocks == [.paragraph([Span("Text.")])])
        let oldMac = try LessonLoader.load(
            text: Self.markdown.replacingOccurrences(of: "\n", with: "\r"), name: "r")
        #expect(oldMac.chapters.count == 1)
    }

    @Test func bomOnDiskIsDropped() throws {
        let url = try temporaryFile(Data([0xEF, 0xBB, 0xBF]) + Data(Self.markdown.utf8))
        #expect(try LessonLoader.load(url: url).meta.title == "T")
    }

    @Test func emptyTextIsAnError() throws {
        for text in ["", "  \n\t\n", "\u{FEFF}"] {
            let error = try #require(failure(text))
            #expect(error.message.contains("empty"))
            #expect(error.kind == .badData)
        }
    }

    @Test func missingFileIsNoInput() throws {
        let url = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/lesson.txt")
        #expect(throws: InputError(file: url.path, "no such file; expected a lesson file", kind: .noInput)) {
            try LessonLoader.load(url: url)
        }
    }

    @Test func folderIsNoInput() throws {
        let url = try temporaryFile(Data("x".utf8)).deletingLastPathComponent()
        do throws(InputError) {
            _ = try LessonLoader.load(url: url)
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .noInput)
            #expect(error.exitCode == 66)
        }
    }

    @Test func invalidUTF8NamesTheLine() throws {
        let url = try temporaryFile(Data("# Title\n\nfine\n".utf8) + Data([0x66, 0xFF, 0x0A]))
        do throws(InputError) {
            _ = try LessonLoader.load(url: url)
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .badData)
            #expect(error.line == 4)
            #expect(error.message.contains("UTF-8"))
            #expect(error.description.hasPrefix(url.path + ":4: "))
        }
    }
}
