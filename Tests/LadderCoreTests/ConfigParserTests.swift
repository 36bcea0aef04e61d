import LadderCore
import Testing

@Suite struct ConfigParserTests {
    @Test func readsEverySettingAndTheKeysSection() {
        let text = """
            # mine
            theme = light            # a comment after a value
            mouse = off
            width = 88
            reduced-motion = on
            color = off
            keys = emacs

            [keys]
            triage.sort-advances = a Right
            """
        let config = ConfigParser.parse(text: text, file: "config")
        var expected = ConfigFile(file: "config")
        expected.theme = ConfigLine("light", line: 2)
        expected.mouse = ConfigLine(false, line: 3)
        expected.width = ConfigLine(88, line: 4)
        expected.reducedMotion = ConfigLine(true, line: 5)
        expected.color = ConfigLine(false, line: 6)
        expected.keyPreset = ConfigLine(.emacs, line: 7)
        expected.keyLines = [ConfigKeyLine(name: "triage.sort-advances", keys: "a Right", line: 10)]
        #expect(config == expected)
    }

    @Test func badLinesAreNamedWithFileAndLineAndTheRestStillCounts() {
        let text = """
            theme = light
            mouse = sometimes
            width = 5
            colour = off
            keys = nano
            just words
            theme = dark
            triage.undo = x
            [colours]
            text = red
            [keys]
            app.quit =
            """
        let config = ConfigParser.parse(text: text, file: "/home/me/.config/ladder/config")
        #expect(config.theme == ConfigLine("light", line: 1))
        #expect(
            config.problems.map(\.description) == [
                "/home/me/.config/ladder/config:2: mouse takes on or off, not 'sometimes'",
                "/home/me/.config/ladder/config:3: width takes a number of columns from 20 to 500, not '5'",
                "/home/me/.config/ladder/config:4: unknown setting 'colour'; expected one of theme, mouse, "
                    + "width, reduced-motion, color, cursor, keys",
                "/home/me/.config/ladder/config:5: keys takes vim, emacs, arrows, not 'nano'",
                "/home/me/.config/ladder/config:6: expected 'key = value', got 'just words'",
                "/home/me/.config/ladder/config:7: 'theme' is already set on line 1; set it once",
                "/home/me/.config/ladder/config:8: unknown setting 'triage.undo'; expected one of theme, "
                    + "mouse, width, reduced-motion, color, cursor, keys (a key binding goes under [keys])",
                "/home/me/.config/ladder/config:9: unknown section '[colours]'; the only section is [keys], "
                    + "and the lines under this one are skipped",
                "/home/me/.config/ladder/config:12: expected a value after 'app.quit ='",
            ])
        #expect(config.keyLines.isEmpty)
    }

    @Test func switchesTakeTheUsualSpellings() {
        for (word, value) in [("on", true), ("yes", true), ("TRUE", true), ("off", false), ("no", false)] {
            #expect(ConfigParser.parse(text: "mouse = \(word)", file: "c").mouse?.value == value)
        }
    }

    @Test func controlCharactersInAValueAreShownNeverObeyed() {
        let config = ConfigParser.parse(text: "theme = \u{1B}[2Jx", file: "c")
        #expect(config.theme == nil)
        #expect(config.problems.first?.description.contains("\u{1B}") == false)
    }
}

@Suite struct ConfigEditorTests {
    let original = """
        # my settings
        theme = dark   # the usual

        mouse = on
        [keys]
        # arrows for sorting
        triage.sort-advances = Right
        """

    @Test func changingASettingRewritesItsLineAndKeepsItsComment() {
        let edited = ConfigEditor.set("theme", to: "light", inKeys: false, in: original)
        #expect(edited == original.replacingOccurrences(of: "theme = dark", with: "theme = light"))
    }

    @Test func aNewSettingGoesAfterTheLastTopLevelSetting() {
        let edited = ConfigEditor.set("width", to: "90", inKeys: false, in: original)
        #expect(
            edited == original.replacingOccurrences(of: "mouse = on\n", with: "mouse = on\nwidth = 90\n"))
    }

    @Test func aBindingGoesIntoTheKeysSection() {
        let changed = ConfigEditor.set("triage.sort-advances", to: "a", inKeys: true, in: original)
        #expect(changed.hasSuffix("# arrows for sorting\ntriage.sort-advances = a"))
        let added = ConfigEditor.set("triage.undo", to: "U", inKeys: true, in: original)
        #expect(added == original + "\ntriage.undo = U\n")
    }

    @Test func anEmptyFileOrOneWithoutKeysGetsWhatItNeeds() {
        #expect(ConfigEditor.set("theme", to: "light", inKeys: false, in: "") == "theme = light\n")
        #expect(
            ConfigEditor.set("app.quit", to: "Q", inKeys: true, in: "theme = dark\n")
                == "theme = dark\n\n[keys]\napp.quit = Q\n")
    }

    @Test func lineEndingsAreKeptAndNewLinesTakeTheFilesOwn() {
        let windows = "theme = dark\r\n[keys]\r\ntriage.undo = U\r\n"
        #expect(
            ConfigEditor.set("mouse", to: "off", inKeys: false, in: windows)
                == "theme = dark\r\nmouse = off\r\n[keys]\r\ntriage.undo = U\r\n")
        let oldMac = "theme = dark\r[keys]\rtriage.undo = U"
        let edited = ConfigEditor.set("triage.redo", to: "R", inKeys: true, in: oldMac)
        #expect(edited == "theme = dark\r[keys]\rtriage.undo = U\rtriage.redo = R\r")
        #expect(
            ConfigParser.parse(text: edited, file: "c").keyLines.map(\.name) == [
                "triage.undo", "triage.redo",
            ])
    }

    @Test func whatItWritesReadsBackAsSet() {
        var text = original
        text = ConfigEditor.set("reduced-motion", to: "on", inKeys: false, in: text)
        text = ConfigEditor.set("theme", to: "mono", inKeys: false, in: text)
        text = ConfigEditor.set("triage.skip", to: "S", inKeys: true, in: text)
        let config = ConfigParser.parse(text: text, file: "c")
        #expect(config.problems.isEmpty)
        #expect(config.theme?.value == "mono")
        #expect(config.reducedMotion?.value == true)
        #expect(config.keyLines.map(\.name) == ["triage.sort-advances", "triage.skip"])
    }
}
