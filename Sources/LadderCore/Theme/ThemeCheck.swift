import FoundationEssentials

/// What `ladder themes --check FILE` reports about a theme file.
public struct ThemeCheckReport: Sendable {
    /// The resolved theme.
    public var theme: Theme
    /// Roles that no file in the theme's chain sets; they keep the plain look.
    public var unsetRoles: [Role]
    /// Text roles whose colours contrast less than WCAG AA asks (4.5:1).
    public var lowContrast: [ContrastPair]

    /// Advice lines for the user, empty when all is well.
    public var notes: [String] {
        var notes: [String] = []
        if !unsetRoles.isEmpty {
            notes.append("roles not set, drawn plain: " + unsetRoles.map(\.themeKey).joined(separator: ", "))
        }
        for pair in lowContrast {
            notes.append(
                "\(pair.role.themeKey): \(pair.foreground) on \(pair.background) contrasts "
                    + "\(FixedDecimal.text(pair.ratio, places: 2)):1; 4.5:1 reads well")
        }
        return notes
    }
}

/// Validates theme files for `ladder themes --check`.
public enum ThemeCheck {
    /// Parses and resolves `file` against `catalog`: the first error (kind
    /// `.badData`, exit 65; `.noInput`, exit 66, when unreadable), or a report.
    public static func check(file: URL, catalog: ThemeCatalog) -> Result<ThemeCheckReport, InputError> {
        do {
            return .success(report(try catalog.loadOutcome(file: file)))
        } catch {
            return .failure(error)
        }
    }

    /// Checks the catalog's theme called `name` the same way.
    public static func check(named name: String, catalog: ThemeCatalog) -> Result<
        ThemeCheckReport, InputError
    > {
        do {
            return .success(report(try catalog.outcome(named: name)))
        } catch {
            return .failure(error)
        }
    }

    private static func report(_ outcome: ThemeResolver.Outcome) -> ThemeCheckReport {
        let low = ThemeContrast.pairs(in: outcome.theme).filter { $0.ratio < ThemeContrast.minimum }
        return ThemeCheckReport(theme: outcome.theme, unsetRoles: outcome.unsetRoles, lowContrast: low)
    }
}
