import LadderCore

extension StyledLine {
    /// The line broken into lines of at most `width` columns at spaces (a
    /// word longer than a line is broken hard), each run keeping its role
    /// and attributes; always at least one line.
    func wrapped(width: Int) -> [StyledLine] {
        var characters: [Character] = []
        var owners: [Int] = []
        for (index, run) in runs.enumerated() {
            for character in run.text {
                characters.append(character.isNewline ? " " : character)
                owners.append(index)
            }
        }
        return WordWrap.lines(characters, width: width).map { line in
            var pieces: [Run] = []
            var lastOwner = -1
            for offset in line.start..<line.end {
                let owner = owners[offset]
                if owner == lastOwner, !pieces.isEmpty {
                    pieces[pieces.count - 1].text.append(characters[offset])
                } else {
                    let run = runs[owner]
                    pieces.append(
                        Run(text: String(characters[offset]), role: run.role, attributes: run.attributes))
                    lastOwner = owner
                }
            }
            let empty = [Run(text: "", role: runs.first?.role ?? .text)]
            return StyledLine(runs: pieces.isEmpty ? empty : pieces, isOptional: isOptional)
        }
    }
}
