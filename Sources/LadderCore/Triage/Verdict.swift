/// The two piles a backlog card can go on.
public enum Verdict: String, Codable, CaseIterable, Sendable, Hashable {
    /// Activity that fills the week: output.
    case productive
    /// Work that grows scope and judgement: leverage.
    case advances

    /// The pile's name as the screen shows it.
    public var label: String {
        switch self {
        case .productive: "feels productive"
        case .advances: "advances you"
        }
    }

    /// A symbol that tells the piles apart without colour.
    public var symbol: String {
        switch self {
        case .productive: "○"
        case .advances: "▲"
        }
    }
}
