import Foundation

/// Every theme ladder knows: the shipped ones and the user's own
/// (`$XDG_CONFIG_HOME/ladder/themes/NAME.theme`), a user theme winning over a
/// shipped one of the same name. All themes are resolved when the catalog is
/// made; a user file that fails is left out and reported in `warnings`.
public struct ThemeCatalog: Sendable {
    /// The theme used when none is chosen.
    public static let defaultThemeName = "dark"

    /// The theme used when none is chosen.
    public var defaultThemeName: String { Self.defaultThemeName }
    /// The names of the themes that resolved, sorted.
    public private(set) var names: [String] = []
    /// One line per theme file that failed (`file:line: what was expected`),
    /// for the app to show once.
    public private(set) var warnings: [String] = []

    /// Parsed sources by name, the user's first.
    var sources: [String: [ThemeSource]] = [:]
    /// Resolved themes by name.
    private var resolved: [String: ThemeResolver.Outcome] = [:]
    /// Why a name has no theme although a file claims it.
    private var failures: [String: InputError] = [:]

    /// Gathers the shipped themes and those in `userFolder`, if given.
    public init(userFolder: URL?) {
        var shipped: [ThemeText] = []
        for path in ShippedContent.names(in: "themes") where path.hasSuffix(".theme") {
            guard let text = ShippedContent.file(path) else { continue }
            let name = String(path.dropFirst("themes/".count).dropLast(".theme".count))
            shipped.append(ThemeText(name: name, file: path, text: text))
        }
        let user = userFolder.map { ThemeFolder.read($0) } ?? (files: [], warnings: [])
        self.init(shipped: shipped, user: user.files, warnings: user.warnings)
    }

    /// Builds a catalog from theme texts keyed by name, for tests and tools.
    public init(shipped: [String: String], user: [String: String] = [:]) {
        self.init(
            shipped: shipped.sorted { $0.key < $1.key }.map {
                ThemeText(name: $0.key, file: "themes/\($0.key).theme", text: $0.value)
            },
            user: user.sorted { $0.key < $1.key }.map {
                ThemeText(name: $0.key, file: "\($0.key).theme", text: $0.value)
            },
            warnings: [])
    }

    private init(
        shipped: [ThemeText], user: [ThemeText], warnings: [String]
    ) {
        self.warnings = warnings
        add(user, origin: .user)
        add(shipped, origin: .shipped)
        for name in sources.keys.sorted() { resolveName(name) }
        names = resolved.keys.sorted()
    }

    /// The theme called `name`.
    public func theme(named name: String) throws(InputError) -> Theme {
        try outcome(named: name).theme
    }

    /// The theme in `file` (for `--theme FILE`), its `inherits` looked up in
    /// this catalog. Its name is the file's name without `.theme`.
    public func load(file: URL) throws(InputError) -> Theme {
        try loadOutcome(file: file).theme
    }

    /// The theme after `name` in `names`, wrapping round; the first theme when
    /// `name` is unknown.
    public func next(after name: String) -> String {
        guard let index = names.firstIndex(of: name) else { return names.first ?? defaultThemeName }
        return names[(index + 1) % names.count]
    }

    /// The default theme, or `Theme.plain` should it be missing.
    public var defaultTheme: Theme {
        (try? theme(named: defaultThemeName)) ?? .plain
    }

    /// The resolved theme called `name` with the roles it left unset.
    func outcome(named name: String) throws(InputError) -> ThemeResolver.Outcome {
        if let outcome = resolved[name] { return outcome }
        if let failure = failures[name] { throw failure }
        let known = names.joined(separator: ", ")
        throw InputError(
            file: Sanitizer.clean(name), "no theme by this name; expected one of \(known), or a .theme file",
            kind: .noInput)
    }

    /// The theme in `file` with the roles it left unset.
    func loadOutcome(file url: URL) throws(InputError) -> ThemeResolver.Outcome {
        let text = try ThemeFolder.readTheme(url).get()
        let name = url.deletingPathExtension().lastPathComponent
        let file = try ThemeParser.parse(text: text, name: name, file: url.path)
        return try ThemeResolver.resolve(chain: chain(from: ThemeSource(file: file, origin: .file)))
    }

    private mutating func add(_ files: [ThemeText], origin: ThemeSource.Origin) {
        for entry in files {
            do {
                let file = try ThemeParser.parse(text: entry.text, name: entry.name, file: entry.file)
                sources[entry.name, default: []].append(ThemeSource(file: file, origin: origin))
            } catch {
                warnings.append(error.description)
                if sources[entry.name] == nil { failures[entry.name] = error }
            }
        }
    }

    private mutating func resolveName(_ name: String) {
        for source in sources[name] ?? [] {
            do {
                resolved[name] = try ThemeResolver.resolve(chain: chain(from: source))
                failures[name] = nil
                return
            } catch {
                warnings.append(error.description)
                if failures[name] == nil { failures[name] = error }
            }
        }
    }
}
