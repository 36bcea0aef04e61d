/// The reader as a screen of the app.
enum ReaderScreen: ScreenModule {
    static let tables = [ReaderBindings.table, SearchBindings.table]

    static func draw(_ state: AppState, into frame: inout Frame) { ReaderView.draw(state, into: &frame) }

    /// The wheel scrolls the text three lines a notch.
    static func mouse(_ event: MouseEvent, in state: AppState) -> Action? {
        event.wheelStep.map { .scrolled(.lines($0 * 3)) }
    }
}
