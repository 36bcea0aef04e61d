import LadderCore
import Testing

@Suite struct ThemeParserErrorTests {
    /// The error parsing `text` as `t.theme` throws.
    private func error(_ text: String) -> InputError? {
        do {
            _ = try ThemeParser.parse(text: text, name: "t")
            return nil
        } catch {
            return error
        }
    }

    @Test func badColourNamesLineAndForms() throws {
        let failure = try #require(error("# c\n[roles]\ntext = #12345"))
        #expect(failure.line == 3)
        #expect(failure.kind == .badData)
        #expect(failure.description == "t.theme:3: bad colour '#12345'; expected #rrggbb or #rgb")
        #expect(error("[roles]\ntext = #zzzzzz")?.message.contains("needs a space after '#'") == true)
        #expect(
            error("[roles]\ntext = 256")?.message == "colour index '256' is out of range; expected 0 to 255")
        #expect(error("[roles]\ntext = Bright_Red!")?.message.hasPrefix("bad colour 'bright_red!'") == true)
    }

    @Test func unknownRoleListsTheRoles() throws {
        let failure = try #require(error("[roles]\n\nfoo = red"))
        #expect(failure.line == 3)
        #expect(failure.message.hasPrefix("unknown role 'foo'; expected one of text, muted, title,"))
        #expect(failure.message.hasSuffix("status-bar, status-key, overlay"))
        #expect(error("[mono]\nstatusBar = bold")?.message.hasPrefix("unknown role 'statusbar'") == true)
    }

    @Test func unknownSectionAndTopLevelKey() {
        #expect(
            error("[colours]")?.description
                == "t.theme:1: unknown section 'colours'; expected [palette], [roles], [mono]")
        #expect(error("[roles")?.message == "expected ']' to close the section name")
        #expect(
            error("text = red")?.message.hasPrefix("unknown key 'text'; expected name, description") == true)
    }

    @Test func missingEqualsOrParts() {
        #expect(
            error("[roles]\nheading bold")?.description
                == "t.theme:2: expected 'key = value' or a [section], got 'heading bold'")
        #expect(error("[roles]\n= red")?.message == "expected a key before '='")
        #expect(error("[roles]\ntext =   # nothing")?.message == "expected a value after 'text ='")
    }

    @Test func duplicateKeysAreErrorsNamingTheFirstLine() {
        let failure = error("[roles]\ntext = red\nmuted = grey\ntext = blue")
        #expect(failure?.description == "t.theme:4: 'text' is already set on line 2; set it once")
        #expect(error("[roles]\ntext = red\n[mono]\ntext = bold") == nil)
        #expect(error("[roles]\ntext = red\n[roles]\ntext = blue")?.line == 4)
    }

    @Test func styleMistakes() {
        #expect(error("[roles]\ntext = red on")?.message == "expected a background colour after 'on'")
        #expect(error("[roles]\ntext = on red on blue")?.message == "two backgrounds; write one 'on BG'")
        #expect(
            error("[roles]\ntext = red blue")?.message.hasPrefix("unexpected 'blue' after the foreground")
                == true)
        #expect(error("[mono]\ntext = bold red")?.message.hasPrefix("'red' is not an attribute") == true)
    }

    @Test func paletteMistakes() {
        #expect(
            error("[palette]\nred = #ff0000")?.message.hasPrefix("'red' cannot name a palette colour") == true
        )
        #expect(error("[palette]\nbold = #ff0000")?.line == 2)
        #expect(
            error("[palette]\nbg = #000000 #ffffff")?.message.hasPrefix("expected one colour for 'bg'")
                == true)
    }

    @Test func nameMustMatchTheFile() {
        #expect(
            error("name = other")?.description
                == "t.theme:1: name 'other' does not match the file name 't'; make them the same or remove this line"
        )
        #expect(error("name = t") == nil)
        #expect(error("inherits = a b")?.message.hasPrefix("expected one theme name") == true)
    }

    @Test func hostileTextIsCleanedInMessages() {
        let failure = error("[roles]\n\u{1B}]0;evil\u{07}x = red")
        #expect(failure?.message.contains("\u{1B}") == false)
    }
}
