import Foundation
import TestSupport
import Testing

/// The colour codes in a `capture-pane -e` screen: SGR parameters 30–49 and
/// 90–107, and 38/48 extended colours.
func colourCodes(in screen: String) -> Set<String> {
    var codes: Set<String> = []
    var rest = screen[...]
    while let start = rest.range(of: "\u{1B}[") {
        let after = rest[start.upperBound...]
        guard let end = after.firstIndex(of: "m") else { break }
        let parameters = after[..<end].split(separator: ";").compactMap { Int($0) }
        var index = 0
        while index < parameters.count {
            let value = parameters[index]
            if value == 38 || value == 48 {
                let length = parameters.count > index + 1 && parameters[index + 1] == 5 ? 3 : 5
                codes.insert(
                    parameters[index..<min(parameters.count, index + length)].map(String.init).joined(
                        separator: ";"))
                index += length
                continue
            }
            if (30...37).contains(value) || (40...47).contains(value) || (90...97).contains(value)
                || (100...107).contains(value)
            {
                codes.insert(String(value))
            }
            index += 1
        }
        rest = after[end...]
    }
    return codes
}

@Suite(.serialized, .enabled(if: TmuxDriver.isAvailable && Fixtures.ladderBinary != nil))
struct ThemeEndToEndTests {
    func ladder() throws -> String { TmuxDriver.quote(try #require(Fixtures.ladderBinary).path) }

    @Test func noColorDrawsNoColourAtAll() throws {
        let driver = try TmuxDriver()
        try driver.start(try ladder(), extraEnvironment: ["NO_COLOR": "1"])
        try driver.waitFor("Career Growth for Product Managers")
        try driver.send("Enter")
        try driver.waitFor("1/10")
        let screen = try driver.screen(colors: true)
        #expect(colourCodes(in: screen).isEmpty, "colours under NO_COLOR: \(colourCodes(in: screen))")
        #expect(screen.contains("\u{1B}["), "attributes still mark headings and the status bar")
        try driver.send("q", literal: true)
    }

    @Test func noColorFlagWorksToo() throws {
        let driver = try TmuxDriver()
        try driver.start(try ladder() + " read --chapter 2 --no-color")
        try driver.waitFor("2/10")
        #expect(colourCodes(in: try driver.screen(colors: true)).isEmpty)
        try driver.send("q", literal: true)
    }

    @Test func themeKeyChangesColoursAndIsRemembered() throws {
        let driver = try TmuxDriver()
        try driver.start(try ladder() + " --theme dark")
        try driver.waitFor("Career Growth for Product Managers")
        let dark = colourCodes(in: try driver.screen(colors: true))
        #expect(!dark.isEmpty)
        try driver.send("t", literal: true)
        try driver.waitFor("Theme: high-contrast")
        let next = colourCodes(in: try driver.screen(colors: true))
        #expect(next != dark)
        try driver.send("q", literal: true)
        try driver.waitFor { !$0.contains("Career Growth") }
        try driver.stop()
        try driver.start(try ladder())
        try driver.waitFor("Career Growth for Product Managers")
        #expect(colourCodes(in: try driver.screen(colors: true)) == next)
    }

    @Test func aThemeFlagIsForThatRunOnly() throws {
        let driver = try TmuxDriver()
        var usual: Set<String> = []
        // The first run opens with the welcome; the second shows the usual screen.
        for _ in 0..<2 {
            try driver.start(try ladder())
            try driver.waitFor("Career Growth for Product Managers")
            usual = colourCodes(in: try driver.screen(colors: true))
            try driver.send("q", literal: true)
            try driver.waitFor { !$0.contains("Career Growth") }
            try driver.stop()
        }
        try driver.start(try ladder() + " --theme light")
        try driver.waitFor("Career Growth for Product Managers")
        let light = colourCodes(in: try driver.screen(colors: true))
        #expect(light != usual)
        try driver.send("q", literal: true)
        try driver.waitFor { !$0.contains("Career Growth") }
        try driver.stop()
        try driver.start(try ladder())
        try driver.waitFor("Career Growth for Product Managers")
        #expect(colourCodes(in: try driver.screen(colors: true)) == usual)
    }

    @Test func badThemeWarnsAndFallsBack() throws {
        let driver = try TmuxDriver()
        let file = driver.home.appendingPathComponent("broken.theme")
        try Data("[roles]\ntext = #12345z\n".utf8).write(to: file)
        try driver.start(try ladder() + " --theme " + TmuxDriver.quote(file.path))
        try driver.waitFor("broken.theme:2:")
        try driver.waitFor("Career Growth for Product Managers")
        try driver.send("q", literal: true)
    }
}

@Suite struct ThemeCommandTests {
    @Test func listsTheShippedThemes() throws {
        let result = try runLadder(["themes"])
        #expect(result.status == 0)
        for name in ["dark", "light", "high-contrast", "ansi", "colorblind", "mono"] {
            #expect(result.output.contains(name))
        }
        #expect(!result.output.contains("\u{1B}["), "no swatches when output is not a terminal")
    }

    @Test func checksAThemeFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "ladder-theme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("mine.theme")
        try Data("inherits = dark\n[roles]\naccent = #ffb000 bold\n".utf8).write(to: good)
        let ok = try runLadder(["themes", "--check", good.path])
        #expect(ok.status == 0)
        #expect(ok.output.contains("ok"))
        let bad = folder.appendingPathComponent("bad.theme")
        try Data("# fine\n[roles]\nwidget = red\n".utf8).write(to: bad)
        let failed = try runLadder(["themes", "--check", bad.path])
        #expect(failed.status == 65)
        #expect(failed.error.contains("bad.theme:3:"))
        let loop = folder.appendingPathComponent("loop.theme")
        try Data("inherits = loop\n".utf8).write(to: loop)
        let looped = try runLadder(["themes", "--check", loop.path])
        #expect(looped.status == 65)
    }
}
