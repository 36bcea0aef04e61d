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

/// Bidirectional controls: an override or isolate is written out where it
/// stands, so text reads in the order it is stored; marks and zero-width
/// spaces are dropped.
@Suite struct SanitizerBidiTests {
    @Test(arguments: [0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069] as [UInt32])
    func overridesAndIsolatesAreShown(value: UInt32) throws {
        let scalar = try #require(Unicode.Scalar(value))
        let name = "<U+" + String(value, radix: 16, uppercase: true) + ">"
        #expect(Sanitizer.clean("invoice\(Character(scalar))fdp.exe") == "invoice\(name)fdp.exe")
        #expect(Sanitizer.visible("a\(Character(scalar))b") == "a\(name)b")
    }

    @Test func marksAndZeroWidthSpacesAreDropped() {
        #expect(Sanitizer.clean("a\u{200B}b\u{200E}c\u{200F}d") == "abcd")
        #expect(Sanitizer.clean("👩\u{200D}💻") == "👩\u{200D}💻", "joiners stay: they build emoji")
    }

    @Test func cleanTextIsReturnedAsIs() {
        #expect(Sanitizer.clean("عربي עברית") == "عربي עברית", "right-to-left scripts are text, not controls")
    }
}
