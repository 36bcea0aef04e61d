/// The reader as a screen of the app.
enum ReaderScreen: ScreenModule {
    static let tables = [ReaderBindings.table, SearchBindings.table]

    static func draw(_ state: AppState, into frame: inout Frame) { ReaderView.draw(state, into: &frame) }
}
