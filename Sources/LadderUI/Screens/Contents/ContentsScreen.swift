/// The contents as a screen of the app.
enum ContentsScreen: ScreenModule {
    static let tables = [ContentsBindings.table, SearchBindings.table]

    static func draw(_ state: AppState, into frame: inout Frame) { ContentsView.draw(state, into: &frame) }
}
