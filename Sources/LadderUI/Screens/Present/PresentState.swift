import LadderCore

/// A presentation as a value: the slides, the one on screen, and which
/// room cards have had the lesson's verdict shown. A room's slides follow
/// the room: when its report changes, the card on screen stays on screen.
public struct PresentState: Equatable, Sendable {
    /// How many of a room's most contested cards are shown, as in the report.
    public static let roomCards = 10

    /// The slides, never empty.
    public private(set) var slides: [PresentSlide]
    /// The slide on screen.
    public private(set) var index = 0
    /// The room's cards whose verdict the facilitator has shown, by id.
    public private(set) var revealed: Set<String> = []
    /// The room's report, nil when presenting the module.
    public private(set) var report: RoomReport?

    /// The module's key ideas, prompts and takeaways.
    public init(module: Module) {
        slides = PresentSlide.slides(of: module)
    }

    /// A room's most contested cards.
    public init(report: RoomReport) {
        self.report = report
        slides = PresentSlide.slides(of: report, limit: Self.roomCards)
    }

    /// The slide on screen.
    public var slide: PresentSlide { slides[min(index, slides.count - 1)] }

    /// True when the slide on screen is a room's card with its verdict shown.
    public var showsVerdict: Bool { slide.cardID.map(revealed.contains) ?? false }

    /// Moves by `step` slides, stopping at either end.
    mutating func step(_ step: Int) {
        index = min(max(0, index + step), slides.count - 1)
    }

    /// Goes to the first or the last slide.
    mutating func jump(toEnd: Bool) {
        index = toEnd ? slides.count - 1 : 0
    }

    /// Shows or hides the verdict of the card on screen; false when the
    /// slide is not a card.
    mutating func toggleVerdict() -> Bool {
        guard let id = slide.cardID else { return false }
        if revealed.remove(id) == nil { revealed.insert(id) }
        return true
    }

    /// Hides the verdict of the card on screen; false when none showed.
    mutating func hideVerdict() -> Bool {
        guard let id = slide.cardID else { return false }
        return revealed.remove(id) != nil
    }

    /// Follows the room: the new figures, with the same card kept on screen
    /// (or the same place, when that card is no longer among the contested).
    mutating func follow(_ newReport: RoomReport) {
        let shown = slide.cardID
        report = newReport
        slides = PresentSlide.slides(of: newReport, limit: Self.roomCards)
        // The ids are taken first: Swift 6.3.1's optimiser crashed (an
        // ownership error in CopyPropagation) on the same search written as
        // one closure over the slides, which broke every release build.
        let ids = slides.map(\.cardID)
        if let shown, let place = ids.firstIndex(of: shown) {
            index = place
        } else {
            index = min(index, slides.count - 1)
        }
    }
}
