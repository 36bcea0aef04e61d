/// What JSON exports from trackers add to a plain list of cards: Trello's
/// board (cards in lists, archived cards and lists marked `closed`), and
/// GitHub's `gh issue list --json` (labels as objects, `state` OPEN or
/// CLOSED). Finished or archived items are left out of the deck; a card's
/// group is its Trello list, or else its labels.
struct TrackerJSONShape {
    /// Trello's lists by id: their name and whether they are archived.
    private var lists: [String: (name: String, closed: Bool)] = [:]

    /// The shape of a document whose root is `root`.
    init(root: LinedJSON) {
        for list in root.object?["lists"]?.array ?? [] {
            guard let members = list.object, let id = members["id"]?.string else { continue }
            lists[id] = (members["name"]?.string ?? "", members["closed"]?.isTrue == true)
        }
    }

    /// True when the card `members` describe is done, archived, or in an archived list.
    func isClosed(_ members: [String: LinedJSON]) -> Bool {
        if members["closed"]?.isTrue == true || members["archived"]?.isTrue == true { return true }
        if let state = members["state"]?.string, ["closed", "done"].contains(state.lowercased()) {
            return true
        }
        if let list = members["idList"]?.string, lists[list]?.closed == true { return true }
        return false
    }

    /// The card's group when it names none itself: its list, or its labels
    /// (strings, or objects with a `name`) joined with ", ".
    func group(_ members: [String: LinedJSON]) -> String? {
        if let list = members["idList"]?.string, let name = lists[list]?.name, !name.isEmpty { return name }
        let names = (members["labels"]?.array ?? []).compactMap { label in
            label.string ?? label.object?["name"]?.string
        }
        let kept = names.compactMap { CardText.optionalLine($0) }
        return kept.isEmpty ? nil : kept.joined(separator: ", ")
    }
}

extension LinedJSON {
    /// True for `true`.
    var isTrue: Bool {
        if case .bool(true) = kind { return true }
        return false
    }
}
