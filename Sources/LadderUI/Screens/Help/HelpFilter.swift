/// A change to the help's filter.
public enum HelpFilterEdit: Equatable, Sendable {
    /// A character typed.
    case typed(Character)
    /// Text pasted (its line breaks become spaces).
    case pasted(String)
    /// The last character erased.
    case erased
    /// The filter emptied.
    case cleared
}

/// Narrows the help to the rows whose keys, action name or text contain
/// what was typed, ignoring case.
struct HelpFilter {
    /// The filter, lowercased; empty keeps every row.
    let text: String

    init(_ text: String) { self.text = text.lowercased() }

    /// True when one of `parts` contains the filter.
    func matches(_ parts: String...) -> Bool {
        text.isEmpty || parts.contains { $0.lowercased().contains(text) }
    }

    /// `section` with only the rows that match. A row whose keys are blank
    /// carries on the row above (a wrapped rule), so it goes with that row.
    func filter(_ section: HelpContent.Section) -> HelpContent.Section {
        guard !text.isEmpty else { return section }
        var groups: [[(keys: String, action: String)]] = []
        for row in section.rows {
            if row.keys.allSatisfy({ $0 == " " }), !groups.isEmpty {
                groups[groups.count - 1].append(row)
            } else {
                groups.append([row])
            }
        }
        let kept = groups.filter { group in
            matches(group.map(\.keys).joined(separator: " "), group.map(\.action).joined(separator: " "))
        }
        return HelpContent.Section(title: section.title, rows: kept.flatMap { $0 })
    }
}

extension AppState {
    /// Applies a change to the help's filter; the help goes back to its top.
    mutating func editHelpFilter(_ edit: HelpFilterEdit) {
        switch edit {
        case .typed(let character): helpFilter.append(character)
        case .pasted(let text):
            helpFilter += text.map { $0.isNewline || $0 == "\t" ? " " : $0 }.filter {
                !$0.isASCII || $0.asciiValue ?? 0 >= 0x20
            }
        case .erased: if !helpFilter.isEmpty { helpFilter.removeLast() }
        case .cleared: helpFilter = ""
        }
        helpTop = 0
    }
}
