/// The screens of the app.
public enum Screen: String, Equatable, Sendable, Codable, CaseIterable {
    /// The module's table of contents.
    case home
    /// Reading a chapter.
    case reader
    /// Sorting a backlog card by card.
    case triage
    /// The full leverage scorecard and self-assessment.
    case scorecard
    /// Key ideas or a room's contested cards, one per screen (`ladder present`).
    case present
    /// A room's report, browsed full screen (`ladder report --tui`).
    case report
    /// The facilitator's console of a workshop room (`ladder room DIR`).
    case room
}
