import LadderCore
import Testing

@Suite struct ContrastTests {
    @Test func knownWCAGValues() {
        let black = RGB(0, 0, 0)
        let white = RGB(255, 255, 255)
        #expect(Contrast.ratio(black, white) == 21)
        #expect(Contrast.ratio(white, black) == 21)
        #expect(Contrast.ratio(white, white) == 1)
        #expect(abs(Contrast.ratio(RGB(0x77, 0x77, 0x77), white) - 4.48) < 0.005)
        #expect(abs(Contrast.ratio(RGB(0x76, 0x76, 0x76), white) - 4.54) < 0.005)
        #expect(abs(Contrast.relativeLuminance(RGB(255, 0, 0)) - 0.2126) < 1e-9)
    }

    @Test func pairsSwapForReverseAndSkipPaletteColours() {
        let styles: [Role: RoleStyle] = [
            .text: RoleStyle(foreground: .rgb(0, 0, 0), background: .rgb(255, 255, 255)),
            .selection: RoleStyle(
                foreground: .rgb(10, 10, 10), background: .rgb(250, 250, 250), attributes: [.reverse]),
            .muted: RoleStyle(foreground: .indexed(8), background: .rgb(255, 255, 255)),
        ]
        let theme = Theme(name: "t", styles: styles, mono: [:])
        let pairs = ThemeContrast.pairs(in: theme)
        #expect(pairs.first { $0.role == .selection }?.foreground == RGB(250, 250, 250))
        #expect(pairs.contains { $0.role == .muted } == false)
        #expect(ThemeContrast.isConcrete(Theme.plain) == false)
    }

    /// Every shipped theme with fixed text and screen colours must read at
    /// 4.5:1 or better in every text role.
    @Test func shippedConcreteThemesReadWell() throws {
        let catalog = ThemeCatalog(userFolder: nil)
        var checked: [String] = []
        for name in catalog.names {
            let theme = try catalog.theme(named: name)
            guard ThemeContrast.isConcrete(theme) else { continue }
            checked.append(name)
            let pairs = ThemeContrast.pairs(in: theme)
            #expect(
                pairs.map(\.role) == ThemeContrast.textRoles, "\(name): every text role has fixed colours")
            for pair in pairs {
                #expect(
                    pair.ratio >= 4.5,
                    "\(name) \(pair.role.themeKey): \(pair.foreground) on \(pair.background) is \(pair.ratio)"
                )
            }
            let overlayText = Contrast.ratio(
                try #require(theme.style(.text).foreground.rgbValue),
                try #require(theme.style(.overlay).background.rgbValue))
            #expect(overlayText >= 4.5, "\(name): text on the overlay")
        }
        #expect(checked == ["colorblind", "dark", "high-contrast", "light"])
    }
}
