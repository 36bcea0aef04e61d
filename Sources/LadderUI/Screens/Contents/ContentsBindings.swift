/// The contents' keys: move through the chapters like a list in less or
/// vim, and open one.
public enum ContentsBindings {
    /// The contents' table.
    public static let table = BindingTable(
        "Contents",
        [
            Binding(
                "contents.move", keys: [.character("j"), .character("k"), .down, .up],
                help: "move the selection", hint: "move", hintKeys: [.up, .down],
                perKey: { key, _ in .selectionMoved(key == .character("j") || key == .down ? 1 : -1) }),
            Binding(
                "contents.page",
                keys: [.character(" "), .character("b"), .pageDown, .pageUp, .control("f"), .control("b")],
                help: "a page down or up",
                perKey: { key, state in
                    let page = max(1, ContentsView.listRows(for: state))
                    let down: Set<KeyEvent> = [.character(" "), .pageDown, .control("f")]
                    return .selectionMoved(down.contains(key) ? page : -page)
                }),
            Binding(
                "contents.ends", keys: [.character("g"), .character("G"), .home, .end],
                help: "first or last chapter",
                perKey: { key, _ in .selectionJumped(toEnd: key == .character("G") || key == .end) }),
            Binding(
                "contents.open", keys: [.enter, .character("l"), .right], help: "open the chapter",
                hint: "open",
                action: { .chapterOpened($0.selectedChapter) }),
            Binding(
                "contents.open-number",
                keys: (1...9).compactMap { digit in Character("\(digit)") }.map(KeyEvent.character),
                keysLabel: "1–9", help: "open chapter 1 to 9",
                perKey: { key, _ in
                    guard case .character(let digit) = key, let number = digit.wholeNumberValue else {
                        return nil
                    }
                    return .chapterOpened(number - 1)
                }),
        ])
}
