import LadderCore

/// What can happen to a presentation.
public enum PresentAction: Equatable, Sendable {
    /// Forward (+1) or back (-1) by slides.
    case stepped(Int)
    /// To the first or the last slide.
    case jumped(toEnd: Bool)
    /// Show or hide the lesson's verdict on the room's card on screen.
    case verdictToggled
    /// The room's results changed: the new report (boxed, so that every
    /// other action stays small).
    indirect case roomChanged(RoomReport)
}

extension AppState {
    /// Applies something done to the presentation.
    mutating func applyPresent(_ action: PresentAction) {
        guard var present else { return }
        switch action {
        case .stepped(let step): present.step(step)
        case .jumped(let toEnd): present.jump(toEnd: toEnd)
        case .verdictToggled:
            if !present.toggleVerdict() {
                showFlash("Only a room's cards have a verdict to show", role: .muted)
            }
        case .roomChanged(let report): present.follow(report)
        }
        self.present = present
    }
}
