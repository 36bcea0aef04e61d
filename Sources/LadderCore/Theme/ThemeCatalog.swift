import FoundationEssentials

/// Every theme ladder knows: the shipped ones and the user's own
/// (`$XDG_CONFIG_HOME/ladder/themes/NAME.theme`), a user theme winning over a
/// shipped one of the same name. The user's themes are parsed and resolved
/// when the catalog is made, so that a file that fails is left out and
/// reported in `warnings`; a shipped theme (checked by the test suite) is
/// parsed only when it is asked for, so that start-up pays for one theme.
public struct ThemeCatalog: Sendable {
    /// The theme used when none is chosen.
    public static let defaultThemeName = "dark"

    /// The theme used when none is chosen.
    public var defaultThemeName: String { Self.defaultThemeName }
    /// The names of the shipped themes and of the user's themes that
    /// resolved, sorted.
    public private(set) var names: [String] = []
    /// One line per theme file that failed (`file:line: what was expected`),
    /// for the app to show once.
    public private(set) var warnings: [String] = []

    /// The user's parsed theme files, by name.
    private var userSources: [String: ThemeSource] = [:]
    /// The shipped theme files by name, not yet parsed.
    private var shipped: [String: ThemeText] = [:]
    /// The user's themes, resolved when the catalog was made.
    private var resolved: [String: ThemeResolver.Outcome] = [:]
    /// Why a name has no theme although a user's file claims it.
    private var failures: [String: InputError] = [:]

    /// Gathers the shipped themes and those in `userFolder`, if given.
    public init(userFolder: URL?) {
        var shipped: [ThemeText] = []
        for path in ShippedContent.names(in: "themes") where path.hasSuffix(".theme") {
            let name = String(path.dropFirst("themes/".count).dropLast(".theme".count))
            shipped.append(ThemeText(name: name, file: path, text: nil))
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

    private init(shipped: [ThemeText], user: [ThemeText], warnings: [String]) {
        self.warnings = warnings
        for entry in shipped { self.shipped[entry.name] = entry }
        for entry in user {
            do {
                let file = try ThemeParser.parse(text: entry.text ?? "", name: entry.name, file: entry.file)
                userSources[entry.name] = ThemeSource(file: file, origin: .user)
            } catch {
                self.warnings.append(error.description)
                if self.shipped[entry.name] == nil { failures[entry.name] = error }
            }
        }
        for name in userSources.keys.sorted() { resolveUserTheme(name) }
        // Texts handed in (tests, tools) are checked now; the binary's own
        // themes are checked by the test suite and parsed when asked for.
        let handedIn = shipped.filter { $0.text != nil }.map(\.name).sorted()
        for name in handedIn where userSources[name] == nil {
            do {
                resolved[name] = try outcome(named: name)
            } catch {
                self.warnings.append(error.description)
                failures[name] = error
            }
        }
        let unchecked = shipped.filter { $0.text == nil }.map(\.name)
        names = Set(unchecked).union(resolved.keys).sorted()
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
        if userSources[name] == nil, failures[name] == nil, shipped[name] != nil {
            let source = try shippedSource(named: name)
            return try ThemeResolver.resolve(chain: chain(from: source))
        }
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

    /// Every name a theme file claims, for messages.
    var knownNames: [String] { Set(shipped.keys).union(userSources.keys).sorted() }

    /// The sources of `name`, the user's first; a shipped file is parsed
    /// here, and left out should it fail.
    func sources(named name: String) -> [ThemeSource] {
        let user = userSources[name].map { [$0] } ?? []
        guard let parsed = try? shippedSource(named: name) else { return user }
        return user + [parsed]
    }

    /// The shipped theme `name`, parsed.
    private func shippedSource(named name: String) throws(InputError) -> ThemeSource {
        guard let entry = shipped[name], let text = entry.text ?? ShippedContent.file(entry.file) else {
            throw InputError(file: name, "no shipped theme by this name", kind: .noInput)
        }
        return ThemeSource(
            file: try ThemeParser.parse(text: text, name: name, file: entry.file), origin: .shipped)
    }

    /// Resolves the user's theme `name`, falling back to the shipped theme
    /// of that name when the user's fails.
    private mutating func resolveUserTheme(_ name: String) {
        for source in sources(named: name) {
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
