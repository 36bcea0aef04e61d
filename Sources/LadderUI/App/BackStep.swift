extension AppState {
    /// Where Esc goes from here, in a word or two for the status bar; nil
    /// when there is nowhere further back.
    public var backStep: String? {
        if showsHelp { return "close" }
        if searchPrompt != nil { return "cancel" }
        if search != nil { return "clear search" }
        switch screen {
        case .home: return nil
        case .reader: return (returnScreen ?? .home).name
        case .triage:
            if triage?.isRevealed == true { return "hide why" }
            if triage?.showsGauges == true { return "hide gauges" }
            return Screen.home.name
        case .scorecard: return Screen.home.name
        }
    }
}
