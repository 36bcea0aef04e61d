import Foundation
import LadderCore
import Testing

@Suite struct ThemeCatalogTests {
    /// A fresh temporary folder, removed by the caller.
    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "ladder-themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    private func write(_ text: String, _ name: String, in folder: URL) throws {
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }

    @Test func shippedThemesAreListedWithDarkAsDefault() throws {
        let catalog = ThemeCatalog(userFolder: nil)
        #expect(catalog.warnings == [])
        #expect(catalog.defaultThemeName == "dark")
        #expect(ThemeCatalog.defaultThemeName == "dark")
        for name in ["ansi", "colorblind", "dark", "high-contrast", "light", "mono"] {
            #expect(catalog.names.contains(name))
        }
        #expect(catalog.names == catalog.names.sorted())
        #expect(catalog.defaultTheme.name == "dark")
    }

    @Test func userThemeWinsAndCanBuildOnTheShippedOne() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("inherits = dark\n[roles]\nheading = #ff00ff", "dark.theme", in: folder)
        try write("inherits = dark\n[roles]\ntext = #eeeeee", "mine.theme", in: folder)
        try write("not a theme", "notes.txt", in: folder)
        let catalog = ThemeCatalog(userFolder: folder)
        #expect(catalog.warnings == [])
        #expect(catalog.names.contains("mine"))
        #expect(!catalog.names.contains("notes"))
        let shipped = try ThemeCatalog(userFolder: nil).theme(named: "dark")
        let dark = try catalog.theme(named: "dark")
        #expect(dark.style(.heading).foreground == .rgb(255, 0, 255))
        #expect(dark.style(.text) == shipped.style(.text))
        let mine = try catalog.theme(named: "mine")
        #expect(mine.style(.heading).foreground == .rgb(255, 0, 255))
        #expect(mine.style(.text).foreground == .rgb(0xEE, 0xEE, 0xEE))
    }

    @Test func brokenUserThemeWarnsAndFallsBack() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("[roles]\ntext = #12", "dark.theme", in: folder)
        try write("[rols]", "odd.theme", in: folder)
        try write("ok", "with space.theme", in: folder)
        let catalog = ThemeCatalog(userFolder: folder)
        let path = folder.path
        #expect(
            catalog.warnings == [
                "\(path)/with space.theme: a theme's file name must be a plain name without spaces, such as my-theme.theme",
                "\(path)/dark.theme:2: bad colour '#12'; expected #rrggbb or #rgb",
                "\(path)/odd.theme:1: unknown section 'rols'; expected [palette], [roles], [mono]",
            ])
        #expect(try catalog.theme(named: "dark") == ThemeCatalog(userFolder: nil).theme(named: "dark"))
        #expect(!catalog.names.contains("odd"))
        #expect(throws: InputError.self) { try catalog.theme(named: "odd") }
    }

    @Test func missingUserFolderIsFine() {
        let catalog = ThemeCatalog(userFolder: URL(fileURLWithPath: "/nonexistent/ladder/themes"))
        #expect(catalog.warnings == [])
    }

    @Test func unknownThemeSaysWhatExists() {
        let catalog = ThemeCatalog(shipped: ["a": "", "b": ""])
        #expect(
            throws: InputError(
                file: "zzz", "no theme by this name; expected one of a, b, or a .theme file", kind: .noInput)
        ) {
            try catalog.theme(named: "zzz")
        }
    }

    @Test func nextCyclesAndWraps() {
        let catalog = ThemeCatalog(shipped: ["a": "", "b": "", "c": ""])
        #expect(catalog.next(after: "a") == "b")
        #expect(catalog.next(after: "c") == "a")
        #expect(catalog.next(after: "zzz") == "a")
        #expect(ThemeCatalog(shipped: [:]).next(after: "x") == "dark")
    }

    @Test func loadsAFileAgainstTheCatalog() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try write("inherits = light\n[roles]\naccent = #123456", "talk.theme", in: folder)
        let catalog = ThemeCatalog(userFolder: nil)
        let theme = try catalog.load(file: folder.appendingPathComponent("talk.theme"))
        #expect(theme.name == "talk")
        #expect(theme.style(.accent).foreground == .rgb(0x12, 0x34, 0x56))
        #expect(theme.style(.surface) == (try catalog.theme(named: "light")).style(.surface))
        let missing = folder.appendingPathComponent("gone.theme")
        #expect(throws: InputError(file: missing.path, "no such file; expected a theme file", kind: .noInput))
        {
            try catalog.load(file: missing)
        }
    }
}

@Suite struct ThemeFolderLocationTests {
    @Test func userThemesLiveUnderTheConfigFolder() {
        let location = StateLocation(environment: ["HOME": "/h", "XDG_CONFIG_HOME": "/c"])
        #expect(location.themeFolder.path == "/c/ladder/themes")
        #expect(StateLocation(environment: ["HOME": "/h"]).themeFolder.path == "/h/.config/ladder/themes")
    }
}
