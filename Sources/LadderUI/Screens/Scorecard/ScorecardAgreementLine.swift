import LadderCore

/// How you sort, on one line above the profile and apart from it: how
/// many cards you sorted as the lesson does, longest form that fits.
enum ScorecardAgreementLine {
    /// The forms of the line, longest first.
    static func candidates(_ agreement: LessonAgreement) -> [(label: String, text: String)] {
        guard let percent = agreement.percent else {
            return [
                ("How you sort  ", "no card with a lesson verdict sorted yet"),
                ("How you sort  ", "nothing sorted"),
                ("Agree ", "–"),
            ]
        }
        let whole = Int(percent.rounded())
        let peeked = agreement.peeked > 0 ? " · \(agreement.peeked) peeked, left out" : ""
        return [
            (
                "How you sort  ",
                "\(agreement.agreed) of \(agreement.judged) cards as the lesson does (\(whole)%)\(peeked)"
                    + " · kept apart from the profile"
            ),
            (
                "How you sort  ",
                "\(agreement.agreed) of \(agreement.judged) cards as the lesson does (\(whole)%)"
            ),
            ("Agreement ", "\(agreement.agreed)/\(agreement.judged) · \(whole)%"),
            ("Agree ", "\(whole)%"),
        ]
    }

    /// Draws the line in `area`.
    static func draw(_ agreement: LessonAgreement, into layer: inout Layer, area: Rect) {
        guard !area.isEmpty else { return }
        let options = candidates(agreement)
        let chosen =
            options.first { TextWidth.of($0.label + $0.text) <= area.width } ?? options[options.count - 1]
        let used = layer.write(
            chosen.label, x: area.x, y: area.y, role: .heading, attributes: [.bold], limit: area.width)
        layer.write(chosen.text, x: area.x + used, y: area.y, role: .text, limit: max(0, area.width - used))
    }
}
