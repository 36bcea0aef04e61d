import LadderCore
import Testing

@Suite struct SanitizerTests {
    @Test func removesEscapeSequencesAndControls() {
        #expect(Sanitizer.clean("a\u{1B}[31mred\u{1B}[0m b") == "ared b")
        #expect(Sanitizer.clean("title\u{1B}]0;pwned\u{07}!") == "title!")
        #expect(Sanitizer.clean("x\u{08}\u{07}y\tz") == "xy z")
        #expect(Sanitizer.clean("one\ntwo", keepNewlines: true) == "one\ntwo")
        #expect(Sanitizer.clean("one\ntwo") == "onetwo")
    }

    @Test func keepsWideAndPunctuation() {
        #expect(Sanitizer.clean("— “quotes” · ✓ 日本 👍") == "— “quotes” · ✓ 日本 👍")
    }
}
