/// The facilitator's console (`ladder room DIR`) as a screen of the app:
/// its keys in binding tables (so help, hints and the README list them),
/// the mouse hit-tested against its layout, and no tabs (the console is
/// all the facilitator's window shows, so it stands alone).
enum RoomConsoleScreen: ScreenModule {
    static let screen = Screen.room
    static let name = "room"
    static let tabTitle: String? = nil
    static let standsAlone = true
    static let tables = [RoomConsoleBindings.console, RoomConsoleBindings.confirm]
    static let contexts = [[RoomConsoleBindings.console], [RoomConsoleBindings.confirm]]

    static func activeTables(in state: AppState) -> [BindingTable] {
        guard let room = state.room else { return [] }
        return [room.confirmingReveal ? RoomConsoleBindings.confirm : RoomConsoleBindings.console]
    }

    /// What a click says on the console, after the keys.
    static func helpSections(in state: AppState) -> [HelpContent.Section] {
        [
            HelpContent.Section(
                title: "Clicks on the console",
                rows: [
                    ("a name", "how far they have got, and how often they agreed with the lesson"),
                    ("a card or a note", "it in full, in the status bar"),
                    ("a key in the status bar", "press it"),
                ])
        ]
    }

    static func draw(_ state: AppState, into frame: inout Frame) {
        guard let room = state.room else { return }
        RoomConsoleView.draw(room, into: &frame.base)
    }

    static func wheel(_ step: Int, in state: AppState) -> Action? { .room(.scrolled(step * 3)) }

    /// The wheel scrolls the cards; a click on a participant or a card (or
    /// a note) says it in full in the status bar.
    static func mouse(_ event: MouseEvent, in state: AppState) -> Action? {
        guard let room = state.room else { return nil }
        if let step = event.wheelStep { return .room(.scrolled(step * 3)) }
        guard event.isClick else { return nil }
        let (x, y) = (event.column, event.row)
        if y >= 1, y < 1 + room.peopleRows {
            let perRow = max(1, room.size.width / RoomConsoleView.personWidth)
            let column = (x - 1) / RoomConsoleView.personWidth
            guard x >= 1, column < perRow else { return nil }
            return .room(.personClicked((y - 1) * perRow + column))
        }
        let top = room.headerHeight
        guard y >= top, y < top + room.listHeight else { return nil }
        return .room(.lineClicked(room.scroll + y - top))
    }

    /// Esc answers no while the reveal asks; there is nothing further back.
    static func backStep(in state: AppState) -> String? {
        state.room?.confirmingReveal == true ? "not yet" : nil
    }

    static func goBack(_ state: inout AppState) {
        if state.room?.confirmingReveal == true { state.applyRoom(.revealAnswered(false)) }
    }

    static func open(_ state: inout AppState) -> Bool { state.room != nil }
}
