/// The presentation's keys: the reader's paging keys move a slide at a
/// time, and on a room's card `r` shows the lesson's verdict when the
/// facilitator is ready for it.
public enum PresentBindings {
    /// The presentation's table.
    public static let table = BindingTable(
        "Present",
        [
            Binding(
                "present.next",
                keys: [.character(" "), .character("j"), .down, .right, .pageDown, .character("l"), .enter],
                help: "the next slide", hint: "next", action: .present(.stepped(1))),
            Binding(
                "present.previous",
                keys: [.character("b"), .character("k"), .up, .left, .pageUp, .character("h"), .backspace],
                help: "the previous slide", hint: "back", action: .present(.stepped(-1))),
            Binding(
                "present.ends", keys: [.character("g"), .character("G"), .home, .end],
                help: "the first or last slide",
                perKey: { key, _ in .present(.jumped(toEnd: key == .character("G") || key == .end)) }),
            Binding(
                "present.verdict", keys: [.character("r")],
                help: "show or hide the lesson's verdict and reasoning on a room's card",
                hintLabel: { state in
                    guard state.present?.slide.cardID != nil else { return nil }
                    return state.present?.showsVerdict == true ? "hide verdict" : "verdict"
                },
                when: { $0.present?.report != nil }, perKey: { _, _ in .present(.verdictToggled) }),
        ])
}
