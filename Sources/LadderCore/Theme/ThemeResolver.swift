/// Turns a theme file and its ancestors into a complete `Theme`.
///
/// The files are merged from the oldest ancestor to the theme itself, a later
/// palette colour or role replacing an earlier one whole; palette names are
/// looked up only after the merge, so a child that redefines a palette colour
/// recolours every inherited role that uses it. Roles no file sets keep the
/// base look: the terminal's colours with `Theme.monoDefaults` attributes.
/// Finally a role's `default` foreground becomes the `text` foreground and a
/// `default` background becomes the `surface` background (the screen's
/// background, which every other role is drawn over).
enum ThemeResolver {
    /// A resolved theme and the roles no file in its chain set.
    struct Outcome: Sendable {
        /// The complete theme.
        var theme: Theme
        /// Roles left to the base look.
        var unsetRoles: [Role]
    }

    /// Resolves `chain`: the theme's own file first, then its parent, and so on.
    static func resolve(chain: [ThemeFile]) throws(InputError) -> Outcome {
        guard let own = chain.first else { return Outcome(theme: .plain, unsetRoles: Role.allCases) }
        var merged = Merged()
        for file in chain.reversed() { merged.add(file) }
        var styles: [Role: RoleStyle] = [:]
        var unset: [Role] = []
        for role in Role.allCases {
            if let declared = merged.roles[role] {
                styles[role] = try merged.style(declared)
            } else {
                styles[role] = RoleStyle(attributes: Theme.monoDefaults[role] ?? [])
                unset.append(role)
            }
        }
        fallThrough(&styles)
        var mono: [Role: TextAttributes] = [:]
        for role in Role.allCases {
            mono[role] = merged.mono[role] ?? Theme.monoDefaults[role] ?? []
        }
        let summary = own.description?.value ?? chain.dropFirst().first.map { "Based on \($0.name)." } ?? ""
        let theme = Theme(name: own.name, summary: summary, styles: styles, mono: mono)
        return Outcome(theme: theme, unsetRoles: unset)
    }

    /// Gives `default` foregrounds the text colour and `default` backgrounds
    /// the surface's background.
    static func fallThrough(_ styles: inout [Role: RoleStyle]) {
        let textColor = styles[.text]?.foreground ?? .terminalDefault
        let screen = styles[.surface]?.background ?? .terminalDefault
        for role in Role.allCases {
            var style = styles[role] ?? RoleStyle()
            if style.foreground == .terminalDefault { style.foreground = textColor }
            if style.background == .terminalDefault { style.background = screen }
            styles[role] = style
        }
    }
}

extension ThemeResolver {
    /// A declaration and the file it came from.
    struct Located<Value: Equatable & Sendable>: Sendable {
        var value: Value
        var file: String
        var line: Int
    }

    /// The declarations of a chain of files merged, the youngest winning.
    struct Merged {
        var palette: [String: Located<ColorSpec>] = [:]
        var roles: [Role: Located<StyleSpec>] = [:]
        var mono: [Role: TextAttributes] = [:]

        mutating func add(_ file: ThemeFile) {
            for (name, entry) in file.palette {
                palette[name] = Located(value: entry.value, file: file.file, line: entry.line)
            }
            for (role, entry) in file.roles {
                roles[role] = Located(value: entry.value, file: file.file, line: entry.line)
            }
            for (role, entry) in file.mono { mono[role] = entry.value }
        }

        /// The style a role declaration names, palette names looked up.
        func style(_ declared: Located<StyleSpec>) throws(InputError) -> RoleStyle {
            var style = RoleStyle(attributes: declared.value.attributes)
            if let foreground = declared.value.foreground {
                style.foreground = try color(
                    foreground, file: declared.file, line: declared.line, visiting: [])
            }
            if let background = declared.value.background {
                style.background = try color(
                    background, file: declared.file, line: declared.line, visiting: [])
            }
            return style
        }

        /// The colour `spec` names, following palette names.
        func color(_ spec: ColorSpec, file: String, line: Int, visiting: [String]) throws(InputError)
            -> ThemeColor
        {
            switch spec {
            case .color(let color):
                return color
            case .palette(let name):
                guard let entry = palette[name] else {
                    throw InputError(file: file, line: line, unknownColorMessage(name))
                }
                if visiting.contains(name) {
                    let loop = (visiting + [name]).joined(separator: " → ")
                    throw InputError(
                        file: file, line: line, "palette colours name each other in a loop: \(loop)")
                }
                return try color(entry.value, file: entry.file, line: entry.line, visiting: visiting + [name])
            }
        }

        private func unknownColorMessage(_ name: String) -> String {
            let known = palette.keys.sorted()
            let names = known.isEmpty ? "none defined" : known.prefix(12).joined(separator: ", ")
            return "unknown colour or attribute \(ThemeWords.quoted(name)); expected an attribute "
                + "(\(ThemeWords.attributeList)), #rrggbb, 0 to 255, an ANSI name, default, "
                + "or a palette name (\(names))"
        }
    }
}
