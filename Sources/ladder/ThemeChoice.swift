import Foundation
import LadderCore

/// Which theme to start with: `--theme NAME|FILE`, else the one chosen last,
/// else the default. A theme that fails is reported once and the default used.
struct ThemeChoice {
    let catalog: ThemeCatalog
    private(set) var theme: Theme
    private(set) var warnings: [String]

    init(requested: String?, remembered: String?, location: StateLocation) {
        catalog = ThemeCatalog(userFolder: location.themeFolder)
        warnings = catalog.warnings
        theme = catalog.defaultTheme
        if let requested {
            do {
                theme = try Self.load(requested, from: catalog)
            } catch {
                warnings.insert("\(error.description); using the \(catalog.defaultThemeName) theme", at: 0)
            }
        } else if let remembered, let known = try? catalog.theme(named: remembered) {
            theme = known
        }
    }

    /// A name from the catalog, or a path to a `.theme` file.
    static func load(_ requested: String, from catalog: ThemeCatalog) throws(InputError) -> Theme {
        if requested.contains("/") || requested.hasSuffix(".theme") {
            return try catalog.load(file: URL(fileURLWithPath: requested))
        }
        return try catalog.theme(named: requested)
    }

    /// The names `t` cycles through: the catalog's, plus a theme loaded from a
    /// file so that cycling can come back to it.
    var cycle: [String] {
        catalog.names.contains(theme.name) ? catalog.names : catalog.names + [theme.name]
    }

    /// The theme called `name`, from the catalog or the one already loaded.
    func theme(named name: String) -> Theme {
        if name == theme.name { return theme }
        return (try? catalog.theme(named: name)) ?? catalog.defaultTheme
    }
}
