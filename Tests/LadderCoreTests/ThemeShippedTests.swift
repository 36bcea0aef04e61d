import LadderCore
import Testing

@Suite struct ThemeShippedTests {
    private let catalog = ThemeCatalog(userFolder: nil)

    @Test func atLeastSixThemesShipAndAllResolve() {
        let files = ShippedContent.names(in: "themes").filter { $0.hasSuffix(".theme") }
        #expect(files.count >= 6)
        #expect(catalog.warnings == [])
        #expect(catalog.names.count == files.count)
        // The catalog parses a shipped theme only when it is asked for.
        for name in catalog.names { #expect((try? catalog.theme(named: name)) != nil, "\(name)") }
        #expect(ShippedContent.file("themes/README.md")?.contains("XDG_CONFIG_HOME") == true)
    }

    @Test func everyShippedThemeSetsEveryRole() throws {
        for name in catalog.names {
            let report = try ThemeCheck.check(named: name, catalog: catalog).get()
            #expect(report.unsetRoles == [], "\(name)")
            #expect(Set(report.theme.styles.keys) == Set(Role.allCases))
            #expect(!report.theme.summary.isEmpty)
        }
    }

    @Test func someThemeInherits() throws {
        let texts = ShippedContent.names(in: "themes").compactMap { ShippedContent.file($0) }
        #expect(texts.contains { $0.contains("\ninherits = dark") })
    }

    @Test func monoHasNoColour() throws {
        let mono = try catalog.theme(named: "mono")
        for role in Role.allCases {
            #expect(mono.style(role).foreground == .terminalDefault)
            #expect(mono.style(role).background == .terminalDefault)
        }
        #expect(mono.style(.heading).attributes == [.bold, .underline])
        #expect(mono.monoAttributes(.advances) != mono.monoAttributes(.productive))
        #expect(mono.style(.advances).attributes != mono.style(.productive).attributes)
    }

    @Test func ansiUsesOnlyTheTerminalPalette() throws {
        let ansi = try catalog.theme(named: "ansi")
        for role in Role.allCases {
            #expect(ansi.style(role).foreground.followsTerminalPalette, "\(role)")
            #expect(ansi.style(role).background.followsTerminalPalette, "\(role)")
        }
    }

    @Test func productiveAndAdvancesDifferInHue() throws {
        for name in catalog.names {
            let theme = try catalog.theme(named: name)
            #expect(theme.style(.productive) != theme.style(.advances), "\(name)")
        }
        let colorblind = try catalog.theme(named: "colorblind")
        #expect(colorblind.style(.productive).foreground == .rgb(0xE6, 0x9F, 0x00))
        #expect(colorblind.style(.advances).foreground == .rgb(0x56, 0xB4, 0xE9))
    }

    @Test func darkIsTheDefault() throws {
        let dark = try catalog.theme(named: catalog.defaultThemeName)
        #expect(dark.style(.surface).background == .rgb(0x16, 0x1B, 0x26))
        #expect(catalog.next(after: "dark") == "high-contrast")
    }
}
