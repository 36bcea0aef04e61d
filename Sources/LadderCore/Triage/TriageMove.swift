import FoundationEssentials

/// One undoable step of a triage session, with the times it needs to be
/// undone and redone exactly.
enum TriageMove: Codable, Equatable, Sendable {
    /// The card at deck index `card`, shown at `shownAt`, went on a pile at `at`.
    case sorted(card: Int, verdict: Verdict, shownAt: Date, at: Date)
    /// The card at deck index `card`, shown at `shownAt`, was skipped at `at`.
    case skipped(card: Int, shownAt: Date, at: Date)

    /// The deck index of the card moved.
    var card: Int {
        switch self {
        case .sorted(let card, _, _, _), .skipped(let card, _, _): card
        }
    }
}
