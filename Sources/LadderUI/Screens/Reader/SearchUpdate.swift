import LadderCore

extension AppState {
    /// The search part of `apply`: typing a query, running it, stepping hits.
    mutating func applySearch(_ action: Action) {
        switch action {
        case .searchStarted:
            searchPrompt = ""
        case .searchTyped(let character):
            searchPrompt?.append(character)
        case .searchPasted(let text):
            let printable = text.map { $0.isNewline || $0 == "\t" ? " " : $0 }.filter { TextWidth.of($0) > 0 }
            searchPrompt?.append(contentsOf: printable)
        case .searchErased:
            if searchPrompt?.isEmpty == true {
                searchPrompt = nil
            } else {
                searchPrompt?.removeLast()
            }
        case .searchCancelled:
            searchPrompt = nil
        case .searchCleared:
            searchPrompt = ""

        case .searchSubmitted:
            runSearch(searchPrompt ?? "")
            searchPrompt = nil
        case .matchStepped(let step):
            stepMatch(step)
        default:
            break
        }
    }

    private mutating func runSearch(_ query: String) {
        let matches = Search.matches(of: query, in: module)
        guard !matches.isEmpty else {
            search = nil
            if !query.isEmpty { showFlash("Pattern not found: \(query)", role: .warning) }
            return
        }
        let here = screen == .reader ? reader.layout.anchor(at: reader.top) : nil
        let start =
            matches.firstIndex { match in
                guard let here else { return true }
                if match.chapter != reader.chapter { return match.chapter > reader.chapter }
                return (match.unit, match.start) >= (here.unit, here.offset)
            } ?? 0
        search = SearchState(query: query, matches: matches, current: start)
        showMatch()
    }

    private mutating func stepMatch(_ step: Int) {
        guard var search, !search.matches.isEmpty else {
            showFlash("No search yet: press / to search", role: .muted)
            return
        }
        let count = search.matches.count
        let next = search.current + step
        let wrapped = ((next % count) + count) % count
        search.current = wrapped
        self.search = search
        showMatch(wrapped: next != wrapped)
    }

    private mutating func showMatch(wrapped: Bool = false) {
        guard let search, search.matches.indices.contains(search.current) else { return }
        let match = search.matches[search.current]
        openChapter(match.chapter)
        if let line = reader.layout.line(showing: match.unit, offset: match.start) {
            reader.scroll(to: line - 2, height: textHeight)
            noteReadingProgress()
        }
        let position = "Match \(search.current + 1) of \(search.matches.count)"
        showFlash(wrapped ? position + " (wrapped)" : position, role: .accent)
    }
}
