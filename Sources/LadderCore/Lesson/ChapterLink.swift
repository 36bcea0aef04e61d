/// Where a link to a chapter leads.
public enum ChapterTarget: Equatable, Sendable {
    /// The chapter at this index of the lesson that is open.
    case open(Int)
    /// The chapter at this index of the bundled notes, because the open
    /// lesson has no section for it.
    case notes(Int)
}

/// Follows a link by chapter id (such as `leverage`, as cards and
/// statements name chapters) to the right text, whatever lesson is open.
///
/// An id is ours: it names a chapter of the bundled notes. The open lesson
/// may be those notes, a Markdown module with its own `{#id}`s, or a course
/// lesson export whose sections are named by their titles only, and whose
/// numbering differs (26 sections instead of our 10). So a link resolves,
/// in order, to the open chapter with that id; else to the open section
/// whose title matches the notes chapter's title, compared as
/// `normalisedTitle(_:)`; else to the notes chapter itself.
public enum ChapterLink {
    /// Where the chapter `id` is: in `open`, or failing that in `notes`;
    /// nil when neither knows it.
    public static func resolve(_ id: String, in open: Module, notes: Module = BundledModule.module)
        -> ChapterTarget?
    {
        if let index = open.chapters.firstIndex(where: { $0.id == id }) { return .open(index) }
        guard let noted = notes.chapters.firstIndex(where: { $0.id == id }) else { return nil }
        let title = normalisedTitle(notes.chapters[noted].title)
        if let index = open.chapters.firstIndex(where: { normalisedTitle($0.title) == title }) {
            return .open(index)
        }
        return .notes(noted)
    }

    /// Where the `number`th chapter of the notes (counted from 1) is, for
    /// links still written as numbers; nil when the notes have no such chapter.
    public static func resolve(notesNumber number: Int, in open: Module, notes: Module = BundledModule.module)
        -> ChapterTarget?
    {
        guard notes.chapters.indices.contains(number - 1) else { return nil }
        return resolve(notes.chapters[number - 1].id, in: open, notes: notes)
    }

    /// The chapter `id` of `notes`, nil when it has none by that id.
    public static func notesChapter(_ id: String, notes: Module = BundledModule.module) -> Chapter? {
        notes.chapters.first { $0.id == id }
    }

    /// A title as links compare it: letters and digits only, lowercase, in
    /// words; `&` reads as "and", and a leading "the" or "a" is dropped. So
    /// "Output Feels Productive. It Is Not the Point." matches
    /// "output feels productive — it is not the point".
    public static func normalisedTitle(_ title: String) -> String {
        let spelled = String(title.flatMap { $0 == "&" ? Array(" and ") : [$0] })
        var words = ChapterID.slug(of: spelled).split(separator: "-")
        if let first = words.first, first == "the" || first == "a", words.count > 1 { words.removeFirst() }
        return words.joined(separator: " ")
    }
}
