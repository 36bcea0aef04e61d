import Foundation
import LadderCore
import TestSupport
import Testing

/// The course lesson beside the package, when it is there.
enum SharedLesson {
    /// The text of the first lesson export in `../shared/lesson/`, if there is one.
    static let text: String? = {
        guard let folder = Fixtures.sharedLessonFolder,
            let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path),
            let name = names.filter({ $0.hasSuffix(".txt") }).sorted().first
        else { return nil }
        return try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }()
}

/// Our shipped text against the course lesson, when `../shared/lesson/` is
/// beside the package: the ideas carry over, the sentences must not.
@Suite(.enabled(if: SharedLesson.text != nil, "the shared lesson folder is not present"))
struct LessonOverlapTests {
    /// The longest run of words any text of ours may share with the lesson.
    static let longestAllowedRun = 7
    /// The most the module's or the deck's sentences may track single lesson sentences.
    static let trackingBound = 0.10
    /// The most the module's “The argument” sections may weigh, in percent of the lesson's words.
    static let argumentShareBound = 55

    static let contentFolder = Fixtures.packageRoot.appendingPathComponent("Sources/LadderCore/Content")

    func overlap() throws -> LessonOverlap { LessonOverlap(lesson: try #require(SharedLesson.text)) }

    func content(_ name: String) throws -> String {
        try String(contentsOf: Self.contentFolder.appendingPathComponent(name), encoding: .utf8)
    }

    @Test(arguments: ["module.md", "deck.md"])
    func sharesNoLongRunWithTheLesson(file: String) throws {
        let overlap = try overlap()
        let text = try content(file)
        let longest = overlap.longestSharedRun(in: text)
        print(
            "\(file): longest run shared with the lesson: \(longest.map { "line \($0.line): \($0)" } ?? "none")"
        )
        for run in overlap.sharedRuns(in: text, atLeast: Self.longestAllowedRun + 1) {
            Issue.record(
                "Sources/LadderCore/Content/\(file):\(run.line): shares a run with the lesson: \(run)")
        }
    }

    @Test(arguments: ["module.md", "deck.md"])
    func reportsSentencesThatTrackTheLesson(file: String) throws {
        let tracking = try overlap().tracking(in: try content(file))
        let percent = (tracking.share * 1000).rounded() / 10
        print(
            "\(file): \(tracking.tracking.count) of \(tracking.sentences) sentences (\(percent)%) track one lesson sentence"
        )
        for sentence in tracking.tracking { print("  tracks: \(sentence)") }
        #expect(tracking.sentences > 0)
    }

    @Test(arguments: ["module.md", "deck.md"])
    func fewSentencesTrackTheLesson(file: String) throws {
        let tracking = try overlap().tracking(in: try content(file))
        #expect(
            tracking.share <= Self.trackingBound,
            "\(file): \(tracking.tracking.count) of \(tracking.sentences) sentences track one lesson sentence: \(tracking.tracking)"
        )
        #expect(tracking.sentences >= 150, "\(file) should be judged on all of its prose")
    }

    @Test func theArgumentsAreAtMostAboutHalfTheLesson() throws {
        let lessonWords = try #require(SharedLesson.text).split(whereSeparator: \.isWhitespace).count
        let argumentWords = BundledModule.module.chapters.map(Self.argumentWords).reduce(0, +)
        let percent = argumentWords * 100 / lessonWords
        print(
            "module.md: \(argumentWords) words in “The argument” sections, \(percent)% of the lesson’s \(lessonWords)"
        )
        #expect(argumentWords * 100 <= lessonWords * Self.argumentShareBound)
    }

    /// The words of `chapter` between its “The argument” heading and the next heading.
    static func argumentWords(_ chapter: Chapter) -> Int {
        var counting = false
        var words = 0
        for block in chapter.blocks {
            if case .heading = block {
                counting = block.plainText == "The argument"
                continue
            }
            if counting { words += block.plainText.split(whereSeparator: \.isWhitespace).count }
        }
        return words
    }
}
