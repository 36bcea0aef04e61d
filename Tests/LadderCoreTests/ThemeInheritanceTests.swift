import LadderCore
import Testing

@Suite struct ThemeInheritanceTests {
    private let base = """
        description = Base.
        [palette]
        bg = #101010
        fg = #e0e0e0
        hot = #ff8800
        [roles]
        surface = fg on bg
        text = fg
        heading = hot bold
        accent = hot
        [mono]
        heading = underline
        """

    @Test func chainInheritsAndOverrides() throws {
        let catalog = ThemeCatalog(
            shipped: [
                "base": base,
                "middle": "inherits = base\n[roles]\nheading = #00ff00\n[mono]\naccent = italic",
                "leaf": "inherits = middle\ndescription = Leaf.\n[roles]\naccent = blue underline",
            ])
        #expect(catalog.warnings == [])
        let leaf = try catalog.theme(named: "leaf")
        #expect(leaf.name == "leaf")
        #expect(leaf.summary == "Leaf.")
        let surface = RoleStyle(foreground: .rgb(0xE0, 0xE0, 0xE0), background: .rgb(0x10, 0x10, 0x10))
        #expect(leaf.style(.surface) == surface)
        #expect(
            leaf.style(.heading) == RoleStyle(foreground: .rgb(0, 255, 0), background: surface.background))
        #expect(
            leaf.style(.accent)
                == RoleStyle(
                    foreground: .indexed(4), background: surface.background, attributes: [.underline]))
        #expect(leaf.monoAttributes(.heading) == [.underline])
        #expect(leaf.monoAttributes(.accent) == [.italic])
        #expect(leaf.monoAttributes(.strong) == Theme.monoDefaults[.strong])
        #expect(try catalog.theme(named: "middle").summary == "Based on base.")
    }

    @Test func childPaletteRecoloursInheritedRoles() throws {
        let catalog = ThemeCatalog(shipped: [
            "base": base, "warm": "inherits = base\n[palette]\nhot = #ffff00",
        ])
        let warm = try catalog.theme(named: "warm")
        #expect(warm.style(.heading).foreground == .rgb(255, 255, 0))
        #expect(warm.style(.heading).attributes == [.bold])
    }

    @Test func defaultsFallOverTextAndSurface() throws {
        let catalog = ThemeCatalog(shipped: [
            "base": base, "kid": "inherits = base\n[roles]\nmatch = on default reverse",
        ])
        let kid = try catalog.theme(named: "kid")
        #expect(
            kid.style(.match)
                == RoleStyle(
                    foreground: .rgb(0xE0, 0xE0, 0xE0), background: .rgb(0x10, 0x10, 0x10),
                    attributes: [.reverse]))
        let unset = kid.style(.title)
        #expect(unset.foreground == .rgb(0xE0, 0xE0, 0xE0))
        #expect(unset.attributes == Theme.monoDefaults[.title])
    }

    @Test func loopsAreErrorsNotHangs() throws {
        let catalog = ThemeCatalog(
            shipped: [
                "a": "# a\ninherits = b", "b": "inherits = c", "c": "\n\ninherits = a", "ok": base,
                "self": "inherits = self",
            ])
        #expect(catalog.names == ["ok"])
        let loop = "themes inherit from each other in a loop"
        #expect(catalog.warnings.contains("themes/c.theme:3: \(loop): a → b → c → a; remove one 'inherits'"))
        #expect(catalog.warnings.contains("themes/a.theme:2: \(loop): b → c → a → b; remove one 'inherits'"))
        #expect(throws: InputError.self) { try catalog.theme(named: "a") }
        let selfLoop = try #require(catalog.warnings.first { $0.hasPrefix("themes/self.theme") })
        #expect(selfLoop.contains("self → self"))
    }

    @Test func missingParentNamesTheInheritsLine() {
        let catalog = ThemeCatalog(shipped: ["kid": "# kid\ndescription = x\ninherits = nowhere"])
        #expect(catalog.names.isEmpty)
        #expect(
            catalog.warnings == [
                "themes/kid.theme:3: unknown theme 'nowhere' to inherit from; expected one of kid"
            ])
    }

    @Test func unknownPaletteNameIsReportedWhereItIsUsed() {
        let catalog = ThemeCatalog(shipped: [
            "base": "[roles]\n\ntext = nosuch bold", "kid": "inherits = base",
        ])
        let expected = "themes/base.theme:3: unknown colour or attribute 'nosuch'"
        #expect(catalog.warnings.count == 2)
        #expect(catalog.warnings.allSatisfy { $0.hasPrefix(expected) })
    }

    @Test func paletteLoopsAreErrors() {
        let catalog = ThemeCatalog(shipped: ["p": "[palette]\na = b\nb = a\n[roles]\ntext = a"])
        #expect(catalog.warnings.count == 1)
        #expect(catalog.warnings.first?.contains("loop: a → b → a") == true)
    }
}
