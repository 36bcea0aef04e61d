import LadderCore

/// The reader's keys, as in less: lines, pages, half pages, top and
/// bottom, and chapters.
public enum ReaderBindings {
    /// The reader's table.
    public static let table = BindingTable(
        "Reading",
        [
            Binding(
                "reader.line",
                keys: [
                    .character("j"), .character("k"), .down, .up, .enter, .control("n"), .control("p"),
                    .control("e"), .control("y"),
                ],
                help: "a line down or up",
                perKey: { key, _ in
                    let down: Set<KeyEvent> = [.character("j"), .down, .enter, .control("n"), .control("e")]
                    return .scrolled(.lines(down.contains(key) ? 1 : -1))
                }),
            Binding(
                "reader.page",
                keys: [
                    .character(" "), .character("b"), .pageDown, .pageUp, .character("f"), .control("f"),
                    .control("b"),
                ],
                help: "a page down or up", hint: "page",
                perKey: { key, _ in
                    let down: Set<KeyEvent> = [.character(" "), .pageDown, .character("f"), .control("f")]
                    return .scrolled(.pages(down.contains(key) ? 1 : -1))
                }),
            Binding(
                "reader.half-page", keys: [.character("d"), .character("u"), .control("d"), .control("u")],
                help: "half a page down or up",
                perKey: { key, _ in
                    .scrolled(.halfPages(key == .character("d") || key == .control("d") ? 1 : -1))
                }),
            Binding(
                "reader.ends",
                keys: [.character("g"), .character("G"), .home, .end, .character("<"), .character(">")],
                help: "top or bottom of the chapter",
                perKey: { key, _ in
                    .scrolled([.character("g"), .home, .character("<")].contains(key) ? .top : .bottom)
                }),
            Binding(
                "reader.chapter",
                keys: [.character("]"), .character("["), .right, .left, .character("L"), .character("H")],
                help: "next or previous chapter", hint: "chapter",
                hintKeys: [.character("]"), .character("[")],
                perKey: { key, _ in
                    .chapterStepped([.character("]"), .right, .character("L")].contains(key) ? 1 : -1)
                }),
            Binding(
                "reader.back", keys: [.character("h"), .backspace], help: "back, as Esc",
                action: .backRequested),
            Binding(
                "reader.answer", keys: [.character("a")],
                help: "answer this chapter's reflection prompts, one after another",
                hintLabel: { answerHint(in: $0) },
                when: {
                    $0.reader.notesChapter == nil
                        && !ReflectionPrompt.prompts(in: $0.module, chapter: $0.reader.chapter).isEmpty
                },
                perKey: { _, _ in .reflectionStarted }),
        ])

    /// "answer 1/2": the prompts of the open chapter answered so far.
    static func answerHint(in state: AppState) -> String? {
        let prompts = ReflectionPrompt.prompts(in: state.module, chapter: state.reader.chapter)
        guard !prompts.isEmpty else { return nil }
        let answered = prompts.filter { state.reflections[$0.id] != nil }.count
        return "answer \(answered)/\(prompts.count)"
    }
}
