/// The backlog triage as a screen of the app.
enum TriageScreen: ScreenModule {
    static let screen = Screen.triage
    static let name = "triage"
    static let tabTitle: String? = "Triage"
    static let tables = [TriageBindings.sorting, TriageBindings.summary]
    static let contexts = [[TriageBindings.sorting], [TriageBindings.summary]]

    static func wheel(_ step: Int, in state: AppState) -> Action? {
        if state.triage?.showsSummary == true { return .triage(.summaryScrolled(step)) }
        return cardPlan(in: state)?.isReasonCut == true ? .triage(.reasonScrolled(step)) : nil
    }

    /// Esc hides the reason, then the gauges, then goes to the contents.
    static func backStep(in state: AppState) -> String? {
        if state.triage?.isRevealed == true { return "hide why" }
        if state.triage?.showsGauges == true { return "hide gauges" }
        return ContentsScreen.name
    }

    static func goBack(_ state: inout AppState) {
        if state.triage?.isRevealed == true {
            state.applyTriage(.revealToggled)
        } else if state.triage?.showsGauges == true {
            state.applyTriage(.gaugesToggled)
        } else {
            state.screen = .home
        }
    }

    static func open(_ state: inout AppState) -> Bool {
        guard state.triage != nil else {
            state.showFlash("No backlog is loaded", role: .warning)
            return false
        }
        return true
    }

    static func activeTables(in state: AppState) -> [BindingTable] { TriageBindings.tables(in: state) }

    static func helpSections(in state: AppState) -> [HelpContent.Section] {
        [HelpContent.Section(title: "How the gauges are computed", rows: ScorecardBindings.formulaRows)]
    }

    static func draw(_ state: AppState, into frame: inout Frame) { TriageView.draw(state, into: &frame) }

    /// The current card as laid out at the state's size, nil when none is left.
    static func cardPlan(in state: AppState) -> TriageCardView.Plan? {
        guard let triage = state.triage else { return nil }
        return TriageCardView.plan(state, triage, area: TriageLayout.of(state).card)
    }

    /// A click on a pile sorts the card onto it; a click on the card shows
    /// or hides its reason (or, on "r read it now", opens the chapter); the
    /// wheel scrolls a long reason or the summary. With the gauges over the
    /// card, a click anywhere hides them.
    static func mouse(_ event: MouseEvent, in state: AppState) -> Action? {
        guard let triage = state.triage else { return nil }
        let layout = TriageLayout.of(state)
        let (x, y) = (event.column, event.row)
        if triage.showsGauges, layout.panel == nil {
            return event.isClick ? .triage(.gaugesToggled) : nil
        }
        if triage.showsSummary {
            guard layout.main.contains(column: x, row: y) else { return nil }
            return event.wheelStep.map { .triage(.summaryScrolled($0)) }
        }
        if let step = event.wheelStep {
            guard let plan = cardPlan(in: state), plan.isReasonCut, plan.box.contains(column: x, row: y)
            else { return nil }
            return .triage(.reasonScrolled(step))
        }
        guard event.isClick else { return nil }
        if layout.leftPile?.contains(column: x, row: y) == true { return .triage(.cardSorted(.productive)) }
        if layout.rightPile?.contains(column: x, row: y) == true { return .triage(.cardSorted(.advances)) }
        if let line = layout.pileLine, line.contains(column: x, row: y) {
            return .triage(.cardSorted(x < line.x + line.width / 2 ? .productive : .advances))
        }
        guard let plan = cardPlan(in: state), plan.box.contains(column: x, row: y) else { return nil }
        if y == plan.readRow, let read = TriageBindings.currentChapterAction(in: state) {
            return read
        }
        return .triage(.revealToggled)
    }
}
