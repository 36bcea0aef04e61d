import FoundationEssentials
import LadderCore

/// `ladder themes` and `ladder themes --check FILE`.
enum ThemesCommand {
    static func run(_ invocation: Invocation, location: StateLocation, environment: [String: String]) -> Int32
    {
        let catalog = ThemeCatalog(userFolder: location.themeFolder)
        if let file = invocation.check {
            return check(file, catalog: catalog)
        }
        if invocation.namesOnly {
            for name in catalog.names { Console.out(name + "\n") }
            return 0
        }
        for warning in catalog.warnings { Console.error(warning) }
        let noColor = invocation.colorIsOff(environment)
        let swatches = Console.outputIsTerminal && !noColor
        let capacity = Swatch.capacity(environment)
        let width = catalog.names.map(\.count).max() ?? 0
        for name in catalog.names {
            let theme = (try? catalog.theme(named: name)) ?? .plain
            let padded = name.padded(to: width)
            let swatch = swatches ? " " + Swatch.render(theme, capacity: capacity) : ""
            Console.out("\(padded)\(swatch)  \(Sanitizer.clean(theme.summary))\n")
        }
        Console.out("\nYour own themes go in \(location.themeFolder.path)/NAME.theme\n")
        return 0
    }

    private static func check(_ file: String, catalog: ThemeCatalog) -> Int32 {
        switch ThemeCheck.check(file: URL(fileURLWithPath: file), catalog: catalog) {
        case .failure(let error):
            Console.error(error.description)
            return error.exitCode
        case .success(let report):
            Console.out("\(file): ok, theme '\(report.theme.name)'\n")
            for note in report.notes { Console.out("  note: \(note)\n") }
            return 0
        }
    }
}

/// A few coloured blocks that show a theme's look in a terminal listing.
enum Swatch {
    /// How many colours the terminal shows, judged from TERM and COLORTERM.
    static func capacity(_ environment: [String: String]) -> ColorCapacity {
        let colorterm = environment["COLORTERM"] ?? ""
        if colorterm.contains("truecolor") || colorterm.contains("24bit") { return .truecolor }
        let term = environment["TERM"] ?? ""
        if term.contains("256color") { return .indexed256 }
        return term.contains("16color") ? .sixteen : .eight
    }

    static func render(_ theme: Theme, capacity: ColorCapacity) -> String {
        let roles: [Role] = [.surface, .text, .accent, .heading, .productive, .advances, .gaugeHigh]
        let background = sgr(
            ColorMapper.map(theme.style(.surface).background, to: capacity), foreground: false)
        var out = ""
        for role in roles {
            let style = theme.style(role)
            let color = role == .surface ? style.background : style.foreground
            out += background + sgr(ColorMapper.map(color, to: capacity), foreground: true) + "██"
        }
        return out + "\u{1B}[0m"
    }

    private static func sgr(_ color: ThemeColor, foreground: Bool) -> String {
        switch color {
        case .terminalDefault: return foreground ? "\u{1B}[39m" : "\u{1B}[49m"
        case .indexed(let index) where index < 8: return "\u{1B}[\((foreground ? 30 : 40) + Int(index))m"
        case .indexed(let index) where index < 16:
            return "\u{1B}[\((foreground ? 90 : 100) + Int(index) - 8)m"
        case .indexed(let index): return "\u{1B}[\(foreground ? 38 : 48);5;\(index)m"
        case .rgb(let red, let green, let blue):
            return "\u{1B}[\(foreground ? 38 : 48);2;\(red);\(green);\(blue)m"
        }
    }
}
