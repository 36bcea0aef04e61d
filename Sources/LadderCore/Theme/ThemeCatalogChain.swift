extension ThemeCatalog {
    /// `leaf` followed by its parent, grandparent and so on, as `inherits`
    /// names them; a loop or a missing parent is an error at the `inherits` line.
    func chain(from leaf: ThemeSource) throws(InputError) -> [ThemeFile] {
        var chain = [leaf]
        var current = leaf
        while let inherits = current.file.inherits {
            guard let parent = parent(named: inherits.value, of: current) else {
                let known = knownNames.joined(separator: ", ")
                throw InputError(
                    file: current.file.file, line: inherits.line,
                    "unknown theme \(ThemeWords.quoted(inherits.value)) to inherit from; expected one of \(known)"
                )
            }
            if chain.contains(where: { $0.key == parent.key }) {
                let loop = (chain.map(\.name) + [parent.name]).joined(separator: " → ")
                throw InputError(
                    file: current.file.file, line: inherits.line,
                    "themes inherit from each other in a loop: \(loop); remove one 'inherits'")
            }
            chain.append(parent)
            current = parent
        }
        return chain.map(\.file)
    }

    /// The source `child` inherits when it names `name`. A user theme that
    /// inherits its own name builds on the shipped theme of that name.
    private func parent(named name: String, of child: ThemeSource) -> ThemeSource? {
        let candidates = sources(named: name)
        guard let first = candidates.first else { return nil }
        if name == child.name, let index = candidates.firstIndex(where: { $0.key == child.key }),
            index + 1 < candidates.count
        {
            return candidates[index + 1]
        }
        return first
    }
}
