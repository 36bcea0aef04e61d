import LadderCore

/// The small pieces of text the scorecard screen is built from, each
/// readable without colour: rating dots, band symbols, changes.
enum ScorecardText {
    /// Four dots, one filled per point: "●●●○" for 3, "····" unanswered.
    static func dots(_ rating: Int?) -> String {
        guard let rating else { return "····" }
        let filled = min(4, max(0, rating))
        return String(repeating: "●", count: filled) + String(repeating: "○", count: 4 - filled)
    }

    /// "3 mostly", or "– no answer" when unrated.
    static func ratingWords(_ rating: Int?) -> String {
        guard let rating else { return "– no answer" }
        return "\(rating) \(SelfAssessment.label(for: rating))"
    }

    /// The widest `ratingWords` ("4 completely", "– no answer").
    static let ratingWordsWidth = 12

    /// A symbol per band, so a band reads without colour; "–" for a gauge
    /// without enough evidence.
    static func symbol(_ band: GaugeBand?) -> String {
        switch band {
        case .low: "○"
        case .mid: "◐"
        case .high: "●"
        case nil: "–"
        }
    }

    /// "○ low", "◐ mid", "● high", or "– few" without enough evidence.
    static func bandText(_ band: GaugeBand?) -> String { symbol(band) + " " + (band?.rawValue ?? "few") }

    /// The role a band is drawn with; muted without enough evidence.
    static func role(_ band: GaugeBand?) -> Role { band?.role ?? .muted }

    /// The cards and answers behind a gauge in a few columns: "3c·2a",
    /// "3c", "2a", or "" with nothing behind it.
    static func evidenceShort(_ reading: GaugeReading) -> String {
        var parts: [String] = []
        if reading.cards.items > 0 { parts.append("\(reading.cards.items)c") }
        if reading.answers.items > 0 { parts.append("\(reading.answers.items)a") }
        return parts.joined(separator: "·")
    }

    /// The widest short label ("Compounding").
    static let shortLabelWidth = 11

    /// The gauge's name in `width` columns: in full, or "Out→Impact" for
    /// Output → Impact when that is all that fits, cut with "…" below that.
    static func label(_ gauge: Gauge, width: Int) -> String {
        if TextWidth.of(gauge.label) <= width { return gauge.label }
        let short = gauge == .outputImpact ? "Out→Impact" : gauge.label
        return TextWidth.truncate(short, to: width)
    }

    /// A gauge's value as shown: the whole number, or "–" without enough evidence.
    static func valueText(_ reading: GaugeReading) -> String {
        reading.isEnough ? String(whole(reading.value)) : "–"
    }

    /// A gauge value as the screen shows it: a whole number.
    static func whole(_ value: Double) -> Int { Int(value.rounded()) }

    /// The change between two values as shown (whole numbers, so it always
    /// matches the values on screen): "▲4", "▼12" or "=".
    static func change(from before: Double, to now: Double) -> (text: String, role: Role) {
        let moved = whole(now) - whole(before)
        if moved > 0 { return ("▲\(moved)", .success) }
        if moved < 0 { return ("▼\(-moved)", .warning) }
        return ("=", .muted)
    }

    /// `text` padded with spaces on the left to `width` columns.
    static func padLeft(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - TextWidth.of(text))) + text
    }

    /// `text` cut or padded on the right to exactly `width` columns.
    static func fit(_ text: String, _ width: Int) -> String {
        let cut = TextWidth.truncate(text, to: width)
        return cut + String(repeating: " ", count: max(0, width - TextWidth.of(cut)))
    }

    /// The title of the chapter with `id` in `module`, or else of the
    /// built-in notes' chapter, marked so; nil when neither has it.
    static func chapterTitle(_ id: String, in module: Module) -> String? {
        switch ChapterLink.resolve(id, in: module) {
        case .open(let index)?: module.chapters[index].title
        case .notes(let index)?: BundledModule.module.chapters[index].title + " (built-in notes)"
        case nil: nil
        }
    }
}
