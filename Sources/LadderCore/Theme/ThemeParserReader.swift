extension ThemeParser {
    /// Reads lines one at a time into a theme file, remembering the section.
    struct Reader {
        /// The declarations so far.
        var theme: ThemeFile
        /// The section being read; nil before the first `[section]`.
        var section: Section?
        /// Lines of keys already set, by section, to report duplicates.
        var seen: [String: Int] = [:]

        init(theme: ThemeFile) { self.theme = theme }

        /// Reads one line without its comment, known not to be blank.
        mutating func read(_ line: String, at number: Int) throws(InputError) {
            if line.hasPrefix("[") {
                section = try sectionHeader(line, at: number)
                return
            }
            guard let equals = line.utf8.firstIndex(of: UInt8(ascii: "=")) else {
                throw fail(number, "expected 'key = value' or a [section], got \(ThemeWords.quoted(line))")
            }
            let key = String(line[..<equals]).trimmingBlanks().lowercased()
            let value = String(line[line.utf8.index(after: equals)...]).trimmingBlanks()
            guard !key.isEmpty else { throw fail(number, "expected a key before '='") }
            guard !value.isEmpty else { throw fail(number, "expected a value after '\(key) ='") }
            try noteKey(key, at: number)
            let values = ThemeValueParser(file: theme.file, line: number)
            switch section {
            case nil: try topLevel(key, value, at: number)
            case .palette: try palette(key, value, values)
            case .roles:
                theme.roles[try role(key, at: number)] = ThemeLine(try values.style(value), line: number)
            case .mono:
                theme.mono[try role(key, at: number)] = ThemeLine(try values.attributes(value), line: number)
            }
        }

        private func sectionHeader(_ line: String, at number: Int) throws(InputError) -> Section {
            guard line.hasSuffix("]") else { throw fail(number, "expected ']' to close the section name") }
            let name = String(line.dropFirst().dropLast()).trimmingBlanks().lowercased()
            guard let section = Section(rawValue: name) else {
                let expected = Section.allCases.map { "[\($0.rawValue)]" }.joined(separator: ", ")
                throw fail(number, "unknown section \(ThemeWords.quoted(name)); expected \(expected)")
            }
            return section
        }

        private mutating func noteKey(_ key: String, at number: Int) throws(InputError) {
            let scoped = (section?.rawValue ?? "") + "/" + key
            if let first = seen[scoped] {
                throw fail(number, "\(ThemeWords.quoted(key)) is already set on line \(first); set it once")
            }
            seen[scoped] = number
        }

        private mutating func topLevel(_ key: String, _ value: String, at number: Int) throws(InputError) {
            switch key {
            case "name":
                let stated = Sanitizer.clean(value)
                guard stated == theme.name else {
                    throw fail(
                        number,
                        "name \(ThemeWords.quoted(stated)) does not match the file name "
                            + "\(ThemeWords.quoted(theme.name)); make them the same or remove this line")
                }
            case "description":
                theme.description = ThemeLine(Sanitizer.clean(value), line: number)
            case "inherits":
                let parent = Sanitizer.clean(value)
                guard !parent.contains(" ") else {
                    throw fail(
                        number, "expected one theme name after 'inherits =', got \(ThemeWords.quoted(value))")
                }
                theme.inherits = ThemeLine(parent, line: number)
            default:
                throw fail(
                    number,
                    "unknown key \(ThemeWords.quoted(key)); expected name, description or inherits "
                        + "before the first section (roles go under [roles])")
            }
        }

        private mutating func palette(_ key: String, _ value: String, _ values: ThemeValueParser)
            throws(InputError)
        {
            guard ThemeWords.isPaletteName(key), !ThemeWords.isReserved(key) else {
                throw fail(
                    values.line,
                    "\(ThemeWords.quoted(key)) cannot name a palette colour; use lowercase letters, "
                        + "digits, '-' or '_', starting with a letter, and not a colour or attribute word")
            }
            let words = ThemeValueParser.words(value)
            guard words.count == 1 else {
                throw fail(
                    values.line,
                    "expected one colour for \(ThemeWords.quoted(key)), got \(ThemeWords.quoted(value))")
            }
            theme.palette[key] = ThemeLine(try values.color(words[0]), line: values.line)
        }

        private func role(_ key: String, at number: Int) throws(InputError) -> Role {
            guard let role = ThemeWords.role(key) else {
                throw fail(
                    number, "unknown role \(ThemeWords.quoted(key)); expected one of \(ThemeWords.roleList)")
            }
            return role
        }

        private func fail(_ line: Int, _ message: String) -> InputError {
            InputError(file: theme.file, line: line, message)
        }
    }
}
