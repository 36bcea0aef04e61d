import LadderCore

/// The action that reads a chapter named by id: the open lesson's chapter
/// when it has it (by id, or by title in an imported lesson), else the
/// built-in notes' chapter with that id.
enum ChapterReading {
    /// The action that opens the chapter `id`, nil when neither the open
    /// lesson nor the notes know it.
    static func action(for id: String?, in state: AppState) -> Action? {
        guard let id else { return nil }
        switch ChapterLink.resolve(id, in: state.module) {
        case .open(let index)?: return .chapterOpened(index)
        case .notes(let index)?: return .notesChapterOpened(index)
        case nil: return nil
        }
    }
}
