import FoundationEssentials
import LadderCore

/// Which theme to start with: `--theme NAME|FILE`, else the one chosen last,
/// else the default. A theme that fails is reported once and the default used.
public struct ThemeChoice {
    /// The themes shipped and the user's own.
    public let catalog: ThemeCatalog
    /// The theme to start with.
    public private(set) var theme: Theme
    /// Themes that failed to load, said once.
    public private(set) var warnings: [String]

    /// Chooses between `--theme` (`requested`), the theme `remembered` and the default.
    /// `requestedBy` names where the request came from when it was not a
    /// flag (`config:3`, `LADDER_THEME`), so a theme that fails says so.
    public init(requested: String?, remembered: String?, location: StateLocation, requestedBy: String? = nil)
    {
        catalog = ThemeCatalog(userFolder: location.themeFolder)
        warnings = catalog.warnings
        // Only the theme started with is resolved; the others wait for `t`.
        if let requested {
            do {
                theme = try Self.load(requested, from: catalog)
            } catch {
                let origin = requestedBy.map { "\($0): theme \(requested): " } ?? ""
                warnings.insert(
                    "\(origin)\(error.description); using the \(catalog.defaultThemeName) theme", at: 0)
                theme = catalog.defaultTheme
            }
        } else if let remembered, let known = try? catalog.theme(named: remembered) {
            theme = known
        } else {
            theme = catalog.defaultTheme
        }
    }

    /// A name from the catalog, or a path to a `.theme` file.
    public static func load(_ requested: String, from catalog: ThemeCatalog) throws(InputError) -> Theme {
        if requested.contains("/") || requested.hasSuffix(".theme") {
            return try catalog.load(file: URL(fileURLWithPath: requested))
        }
        return try catalog.theme(named: requested)
    }

    /// The names `t` cycles through: the catalog's, plus a theme loaded from a
    /// file so that cycling can come back to it.
    public var cycle: [String] {
        catalog.names.contains(theme.name) ? catalog.names : catalog.names + [theme.name]
    }

    /// The theme called `name`, from the catalog or the one already loaded.
    public func theme(named name: String) -> Theme {
        if name == theme.name { return theme }
        return (try? catalog.theme(named: name)) ?? catalog.defaultTheme
    }
}
