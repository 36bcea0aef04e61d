/// The state of the screens that stand alone (a presentation, the report
/// browser, the facilitator's console), held out of line in a
/// copy-on-write array: `AppState` is copied at every update, and these,
/// used only by their own commands, would otherwise add a report's worth
/// of fields to every copy.
struct StandaloneScreens: Equatable, Sendable {
    private var storage: [Storage] = []

    private struct Storage: Equatable, Sendable {
        var present: PresentState?
        var reportBrowser: ReportBrowserState?
        var room: RoomConsoleState?

        var isEmpty: Bool { present == nil && reportBrowser == nil && room == nil }
    }

    /// The presentation, if one runs.
    var present: PresentState? {
        get { storage.first?.present }
        set { update { $0.present = newValue } }
    }

    /// The report browser, if it runs.
    var reportBrowser: ReportBrowserState? {
        get { storage.first?.reportBrowser }
        set { update { $0.reportBrowser = newValue } }
    }

    /// The facilitator's console, if it runs.
    var room: RoomConsoleState? {
        get { storage.first?.room }
        set { update { $0.room = newValue } }
    }

    private mutating func update(_ change: (inout Storage) -> Void) {
        var value = storage.first ?? Storage()
        change(&value)
        storage = value.isEmpty ? [] : [value]
    }
}
