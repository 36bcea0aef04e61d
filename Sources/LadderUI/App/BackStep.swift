extension AppState {
    /// Where Esc goes from here, in a word or two for the status bar; nil
    /// when there is nowhere further back.
    public var backStep: String? {
        if showsHelp { return "close" }
        if searchPrompt != nil { return "cancel" }
        return ScreenRegistry.module(for: screen).backStep(in: self)
    }

    /// Goes back one step: closes what is open over the screen, else asks
    /// the screen.
    mutating func goBack() {
        if showsHelp {
            showsHelp = false
        } else if searchPrompt != nil {
            searchPrompt = nil
        } else {
            ScreenRegistry.module(for: screen).goBack(&self)
        }
    }

    /// Opens `target` when it can open, closing the help.
    mutating func openScreen(_ target: Screen) {
        if target != .reader { returnScreen = nil }
        guard ScreenRegistry.module(for: target).open(&self) else { return }
        screen = target
        showsHelp = false
    }
}
