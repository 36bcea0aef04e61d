import FoundationEssentials
import LadderCore

/// One screen of a presentation: a short heading drawn large, a caption
/// that says where it comes from, and the text. A room's card carries its
/// line of the report instead of plain text.
public struct PresentSlide: Equatable, Sendable {
    /// What the slide shows.
    public enum Kind: Equatable, Sendable {
        /// The module's title page.
        case opening
        /// A key idea of a chapter.
        case idea
        /// A reflection prompt of a chapter.
        case prompt
        /// One of the module's key takeaways.
        case takeaway
        /// A card the room split on, with the room's figures.
        case card(RoomReport.CardLine)
        /// A room where no card has split anyone yet.
        case waiting
    }

    /// What the slide shows.
    public var kind: Kind
    /// A short line drawn large when the terminal is wide enough.
    public var heading: String
    /// Where it comes from, in small print above.
    public var caption: String
    /// The text.
    public var text: String

    /// Creates a slide.
    public init(kind: Kind, heading: String, caption: String, text: String) {
        self.kind = kind
        self.heading = heading
        self.caption = caption
        self.text = text
    }

    /// The card's id on a room's slide, nil on any other.
    public var cardID: String? {
        if case .card(let card) = kind { return card.id }
        return nil
    }
}

extension PresentSlide {
    /// The module's slides: a title page, then each chapter's key ideas and
    /// reflection prompts in reading order, and the key takeaways last.
    public static func slides(of module: Module) -> [PresentSlide] {
        var slides = [
            PresentSlide(
                kind: .opening, heading: module.meta.title, caption: module.meta.module ?? "",
                text: module.meta.subtitle ?? "")
        ]
        for (index, chapter) in module.chapters.enumerated() {
            let place = "\(index + 1) · \(chapter.title)"
            var underIdeas = false
            for block in chapter.blocks {
                switch block {
                case .heading(let spans):
                    underIdeas =
                        spans.map(\.text).joined().trimmingSpaces().lowercased()
                        == "key ideas"
                case .list(let items, _) where underIdeas:
                    slides += items.map { item in
                        PresentSlide(
                            kind: .idea, heading: "Key idea", caption: place, text: item.map(\.text).joined())
                    }
                default: continue
                }
            }
            slides += ReflectionPrompt.prompts(in: module, chapter: index).map {
                PresentSlide(kind: .prompt, heading: "Reflect", caption: place, text: $0.text)
            }
            if chapter.id == "takeaways" || chapter.title.lowercased() == "key takeaways" {
                slides += takeaways(chapter, place: place)
            }
        }
        return slides
    }

    /// Each point of a takeaways chapter as a slide: the lists before its
    /// first heading (what follows a heading, such as how the notes were
    /// checked, is not a takeaway).
    private static func takeaways(_ chapter: Chapter, place: String) -> [PresentSlide] {
        let points = chapter.blocks.prefix { if case .heading = $0 { false } else { true } }
        return points.flatMap { block -> [PresentSlide] in
            guard case .list(let items, _) = block else { return [] }
            return items.map {
                PresentSlide(
                    kind: .takeaway, heading: "Takeaway", caption: place, text: $0.map(\.text).joined())
            }
        }
    }

    /// A room's slides: the cards to discuss, the most contested first, or
    /// one slide saying the room has not split yet.
    public static func slides(of report: RoomReport, limit: Int) -> [PresentSlide] {
        let cards = report.discussion(limit: limit)
        guard !cards.isEmpty else {
            let people = report.participants.count
            let text =
                people == 0
                ? "Nobody has joined yet. Cards appear here as the room sorts them."
                : "\(people) joined. No card has split the room yet; cards appear here as it does."
            return [PresentSlide(kind: .waiting, heading: "Waiting", caption: report.title, text: text)]
        }
        return cards.enumerated().map { place, card in
            PresentSlide(
                kind: .card(card), heading: card.title,
                caption: "\(report.title) · where the room split, \(place + 1) of \(cards.count)",
                text: RoomReport.prompt(for: card))
        }
    }
}
