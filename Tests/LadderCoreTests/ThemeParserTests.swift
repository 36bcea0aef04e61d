import LadderCore
import Testing

@Suite struct ThemeParserTests {
    @Test func readsCommentsSectionsAndTopLevelKeys() throws {
        let text = """
            # a whole-line comment
              # an indented comment
            name = sample
            description = A sample theme.   # trailing comment
            inherits = dark

            [palette]
            bg = #1e1e2e # glued hex is a colour, spaced # is a comment
            [roles]
            heading = #89b4fa on bg bold underline
            """
        let file = try ThemeParser.parse(text: text, name: "sample")
        #expect(file.name == "sample")
        #expect(file.file == "sample.theme")
        #expect(file.description == ThemeLine("A sample theme.", line: 4))
        #expect(file.inherits == ThemeLine("dark", line: 5))
        #expect(file.palette["bg"] == ThemeLine(.color(.rgb(0x1E, 0x1E, 0x2E)), line: 8))
        let heading = StyleSpec(
            foreground: .color(.rgb(0x89, 0xB4, 0xFA)), background: .palette("bg"),
            attributes: [.bold, .underline])
        #expect(file.roles[.heading] == ThemeLine(heading, line: 10))
    }

    @Test func readsEveryColourForm() throws {
        let text = """
            [roles]
            text = #A0b1C2
            muted = #abc
            title = 208
            heading = 0
            accent = bright-blue
            border = grey
            surface = default on 255
            quote = red on bright-white
            code = my-colour
            """
        let roles = try ThemeParser.parse(text: text, name: "t").roles
        #expect(roles[.text]?.value.foreground == .color(.rgb(0xA0, 0xB1, 0xC2)))
        #expect(roles[.muted]?.value.foreground == .color(.rgb(0xAA, 0xBB, 0xCC)))
        #expect(roles[.title]?.value.foreground == .color(.indexed(208)))
        #expect(roles[.heading]?.value.foreground == .color(.indexed(0)))
        #expect(roles[.accent]?.value.foreground == .color(.indexed(12)))
        #expect(roles[.border]?.value.foreground == .color(.indexed(8)))
        #expect(
            roles[.surface]?.value
                == StyleSpec(foreground: .color(.terminalDefault), background: .color(.indexed(255))))
        #expect(
            roles[.quote]?.value
                == StyleSpec(foreground: .color(.indexed(1)), background: .color(.indexed(15))))
        #expect(roles[.code]?.value.foreground == .palette("my-colour"))
    }

    @Test func readsAttributesInAnyOrderAndMono() throws {
        let text = """
            [roles]
            selection = reverse bold
            match = bold on yellow, italic
            status-bar = dim underline green
            [mono]
            heading = bold underline
            productive = none
            """
        let file = try ThemeParser.parse(text: text, name: "t")
        #expect(file.roles[.selection]?.value == StyleSpec(attributes: [.reverse, .bold]))
        #expect(
            file.roles[.match]?.value
                == StyleSpec(background: .color(.indexed(3)), attributes: [.bold, .italic]))
        #expect(
            file.roles[.statusBar]?.value
                == StyleSpec(foreground: .color(.indexed(2)), attributes: [.dim, .underline]))
        #expect(file.mono[.heading] == ThemeLine([.bold, .underline], line: 6))
        #expect(file.mono[.productive] == ThemeLine([], line: 7))
    }

    @Test func acceptsCRLFAndABOMAndSanitisesText() throws {
        let text = "\u{FEFF}description = Hi\u{1B}[31m there\r\n[roles]\r\ntext = red\r\n"
        let file = try ThemeParser.parse(text: text, name: "t")
        #expect(file.description?.value == "Hi there")
        #expect(file.roles[.text] == ThemeLine(StyleSpec(foreground: .color(.indexed(1))), line: 3))
    }

    @Test func namesFileInErrorsWhenGiven() {
        #expect(throws: InputError(file: "/x/t.theme", line: 2, "expected a value after 'text ='")) {
            try ThemeParser.parse(text: "[roles]\ntext =", name: "t", file: "/x/t.theme")
        }
    }
}
