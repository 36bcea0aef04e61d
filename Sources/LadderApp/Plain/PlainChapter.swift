import LadderCore

/// A chapter named by id, in words for plain output: where it is in the
/// open lesson, or else in the built-in notes.
enum PlainChapter {
    /// "chapter 3, “Title”", "“Title” in the built-in notes", or nil when
    /// neither knows the id.
    static func describe(_ id: String?, in module: Module) -> String? {
        guard let id else { return nil }
        switch ChapterLink.resolve(id, in: module) {
        case .open(let index)?: return "chapter \(index + 1), “\(module.chapters[index].title)”"
        case .notes(let index)?:
            return "“\(BundledModule.module.chapters[index].title)” in the built-in notes"
        case nil: return nil
        }
    }
}
