import Testing

@testable import LadderCore

/// Card text cleaning, in particular the fast path that reads eight bytes at
/// a time: whatever it lets through must already be clean.
@Suite struct CardTextTests {
    @Test(arguments: [
        ("Ship the billing export", "Ship the billing export"),
        ("abcdefg  hijklmno", "abcdefg hijklmno"),
        ("abcdefgh  ijklmnop", "abcdefgh ijklmnop"),
        ("abcdefghijklmno  ", "abcdefghijklmno"),
        ("  abcdefghijklmno", "abcdefghijklmno"),
        ("abcdefghij\tklmnop", "abcdefghij klmnop"),
        ("abcdefghijklm\nnop", "abcdefghijklm nop"),
        ("abcdefghijklmn\u{1B}[31mred", "abcdefghijklmnred"),
        ("", ""),
        ("a", "a"),
        ("12345678", "12345678"),
    ])
    func lineCleansWhatTheFastPathMustNotPass(raw: String, clean: String) {
        #expect(CardText.line(raw) == clean)
    }

    @Test func deleteAndNonASCIIAreNeverPassedThroughUntouched() {
        let delete = CardText.line("abcdefghij\u{7F}klmnop")
        #expect(!delete.unicodeScalars.contains("\u{7F}"))
        #expect(CardText.line("Réviser  la facturation maintenant") == "Réviser la facturation maintenant")
    }

    @Test func blankMeansWhitespaceOnly() {
        #expect(CardText.isBlank(""))
        #expect(CardText.isBlank(" \t\r\n "))
        #expect(CardText.isBlank("\u{00A0}\u{2003}"))
        #expect(!CardText.isBlank("  x  "))
        #expect(!CardText.isBlank("é"))
    }
}
