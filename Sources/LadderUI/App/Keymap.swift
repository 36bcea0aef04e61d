/// Which action a key means on the screen the user is looking at. Keys follow
/// less and vim: j/k, Space/b, g/G, / n N, Esc, ?, q.
public enum Keymap {
    /// The action for `key` in `state`, nil when the key means nothing here.
    public static func action(for key: KeyEvent, in state: AppState) -> Action? {
        if key == .control("c") && state.searchPrompt == nil { return .quitRequested }
        if state.isTooSmall {
            return key == .character("q") ? .quitRequested : nil
        }
        if state.searchPrompt != nil { return promptAction(for: key) }
        if state.showsHelp {
            switch key {
            case .escape, .character("?"), .character("q"), .enter: return .helpToggled
            case .character("j"), .down, .wheelDown: return .helpScrolled(1)
            case .character("k"), .up, .wheelUp: return .helpScrolled(-1)
            case .character(" "), .pageDown: return .helpScrolled(max(1, state.size.height - 6))
            case .character("b"), .pageUp: return .helpScrolled(-max(1, state.size.height - 6))
            default: return nil
            }
        }
        switch key {
        case .character("q"): return .quitRequested
        case .character("?"): return .helpToggled
        case .escape: return .backRequested
        case .character("/"): return .searchStarted
        case .character("t"): return .themeCycled
        case .character("1"): return .screenOpened(.home)
        case .character("2"): return .screenOpened(.triage)
        case .character("3"): return .screenOpened(.scorecard)
        default: break
        }
        switch state.screen {
        case .home: return homeAction(for: key, in: state) ?? searchAction(for: key)
        case .reader: return readerAction(for: key) ?? searchAction(for: key)
        case .triage: return TriageKeymap.action(for: key, in: state)
        case .scorecard: return ScorecardKeymap.action(for: key, in: state)
        }
    }

    private static func promptAction(for key: KeyEvent) -> Action? {
        switch key {
        case .enter: .searchSubmitted
        case .escape, .control("c"), .control("g"): .searchCancelled
        case .control("u"): .searchCleared
        case .backspace: .searchErased
        case .character(let character): .searchTyped(character)
        default: nil
        }
    }

    private static func homeAction(for key: KeyEvent, in state: AppState) -> Action? {
        let page = max(1, state.size.height - 8)
        switch key {
        case .character("j"), .down, .wheelDown: return .selectionMoved(1)
        case .character("k"), .up, .wheelUp: return .selectionMoved(-1)
        case .pageDown, .character(" "), .control("f"): return .selectionMoved(page)
        case .pageUp, .character("b"), .control("b"): return .selectionMoved(-page)
        case .character("g"), .home: return .selectionJumped(toEnd: false)
        case .character("G"), .end: return .selectionJumped(toEnd: true)
        case .enter, .character("l"), .right: return .chapterOpened(state.selectedChapter)
        case .character(let digit) where digit.isWholeNumber:
            guard let number = digit.wholeNumberValue, number >= 1 else { return nil }
            return .chapterOpened(number - 1)
        default: return nil
        }
    }

    private static func searchAction(for key: KeyEvent) -> Action? {
        switch key {
        case .character("n"): .matchStepped(1)
        case .character("N"): .matchStepped(-1)
        default: nil
        }
    }

    private static func readerAction(for key: KeyEvent) -> Action? {
        switch key {
        case .character("j"), .down, .enter, .control("n"), .control("e"): .scrolled(.lines(1))
        case .character("k"), .up, .control("p"), .control("y"): .scrolled(.lines(-1))
        case .wheelDown: .scrolled(.lines(3))
        case .wheelUp: .scrolled(.lines(-3))
        case .character(" "), .pageDown, .character("f"), .control("f"): .scrolled(.pages(1))
        case .character("b"), .pageUp, .control("b"): .scrolled(.pages(-1))
        case .character("d"), .control("d"): .scrolled(.halfPages(1))
        case .character("u"), .control("u"): .scrolled(.halfPages(-1))
        case .character("g"), .home, .character("<"): .scrolled(.top)
        case .character("G"), .end, .character(">"): .scrolled(.bottom)
        case .character("]"), .right, .character("L"): .chapterStepped(1)
        case .character("["), .left, .character("H"): .chapterStepped(-1)
        case .character("h"), .backspace: .backRequested
        default: nil
        }
    }
}
