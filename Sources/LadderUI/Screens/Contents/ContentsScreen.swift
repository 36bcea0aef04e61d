/// The contents as a screen of the app.
enum ContentsScreen: ScreenModule {
    static let screen = Screen.home
    static let name = "contents"
    static let tabTitle: String? = "Contents"
    static let tables = [ContentsBindings.table, SearchBindings.table]

    static func wheel(_ step: Int, in state: AppState) -> Action? { .selectionMoved(step) }

    /// The contents are the first screen: Esc has nowhere further to go.
    static func backStep(in state: AppState) -> String? { nil }

    static func goBack(_ state: inout AppState) {}

    static func draw(_ state: AppState, into frame: inout Frame) { ContentsView.draw(state, into: &frame) }

    /// A click on a chapter opens it; the wheel moves the selection.
    static func mouse(_ event: MouseEvent, in state: AppState) -> Action? {
        let list = ContentsLayout(size: state.size, meta: state.module.meta).list
        guard list.contains(column: event.column, row: event.row) else { return nil }
        if let step = event.wheelStep { return .selectionMoved(step) }
        let placed = ContentsView.placedChapters(state, area: list)
        guard event.isClick, let index = ListView.item(atRow: event.row - list.y, in: placed) else {
            return nil
        }
        return .chapterOpened(index)
    }
}
