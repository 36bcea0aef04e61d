/// The reader as a screen of the app.
enum ReaderScreen: ScreenModule {
    static let screen = Screen.reader
    static let name = "reader"
    static let tabTitle: String? = nil
    static let tab = Screen.home
    static let tables = [ReaderBindings.table, SearchBindings.table]

    static func wheel(_ step: Int, in state: AppState) -> Action? { .scrolled(.lines(step * 3)) }

    /// Esc clears the search's highlights first, then goes back to the
    /// screen the chapter was opened from.
    static func backStep(in state: AppState) -> String? {
        state.search != nil ? "clear search" : (state.returnScreen ?? .home).name
    }

    static func goBack(_ state: inout AppState) {
        if state.reader.notesChapter != nil {
            // Leaving a chapter of the notes shown alone: the lesson's place again.
            state.reader = ReaderState(
                module: state.module, chapter: state.reader.chapter,
                width: ReaderView.measure(for: state.size, maximum: state.readingWidth))
        }
        if state.search != nil {
            state.search = nil
        } else if let back = state.returnScreen {
            state.returnScreen = nil
            state.openScreen(back)
        } else {
            state.selectChapter(state.reader.chapter)
            state.screen = .home
        }
    }

    static func open(_ state: inout AppState) -> Bool {
        state.screen = .reader
        state.noteReadingProgress()
        return true
    }

    static func draw(_ state: AppState, into frame: inout Frame) { ReaderView.draw(state, into: &frame) }

    /// The wheel scrolls the text three lines a notch.
    static func mouse(_ event: MouseEvent, in state: AppState) -> Action? {
        event.wheelStep.map { .scrolled(.lines($0 * 3)) }
    }
}
