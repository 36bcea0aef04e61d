import LadderCore

/// The reader's place: which chapter, laid out at which width, scrolled how far.
public struct ReaderState: Equatable, Sendable {
    /// The chapter open (0-based).
    public var chapter: Int
    /// The first layout line on screen.
    public var top: Int
    /// The chapter laid out for the current width.
    public var layout: ChapterLayout
    /// The chapter of the built-in notes shown instead of `chapter`, when a
    /// link led to a chapter the open lesson lacks. `chapter` stays the open
    /// lesson's place, so that is what is saved and credited.
    public var notesChapter: Int?

    /// Opens `chapter` of `module` laid out at `width`, at the top.
    public init(module: Module, chapter: Int, width: Int) {
        let index = min(max(0, chapter), max(0, module.chapters.count - 1))
        self.chapter = index
        self.top = 0
        self.layout = ChapterLayout(chapter: Self.chapter(index, of: module), width: width)
    }

    /// Shows chapter `notesChapter` of the built-in `notes` laid out at
    /// `width`, at the top, keeping `chapter` as the open lesson's place.
    public init(notes: Module, notesChapter: Int, keeping chapter: Int, width: Int) {
        self.chapter = chapter
        self.top = 0
        self.notesChapter = notesChapter
        self.layout = ChapterLayout(chapter: Self.chapter(notesChapter, of: notes), width: width)
    }

    /// The chapter at `index`, or an empty one for a module without chapters.
    static func chapter(_ index: Int, of module: Module) -> Chapter {
        module.chapters.indices.contains(index)
            ? module.chapters[index] : Chapter(title: module.meta.title, blocks: [])
    }

    /// The largest `top` that still fills the view of `height` rows.
    public func maxTop(height: Int) -> Int { max(0, layout.lines.count - max(1, height)) }

    /// True when the chapter's last line is on screen.
    public func isAtEnd(height: Int) -> Bool { top + max(1, height) >= layout.lines.count }

    /// How far into the chapter the bottom of the view is, 0 to 100.
    public func percent(height: Int) -> Int {
        guard layout.lines.count > 0 else { return 100 }
        let seen = min(layout.lines.count, top + max(1, height))
        return seen * 100 / layout.lines.count
    }

    /// Scrolls to `line`, clamped to the chapter.
    public mutating func scroll(to line: Int, height: Int) {
        top = min(max(0, line), maxTop(height: height))
    }

    /// Lays the chapter out again for `width`, keeping the text at the top of
    /// the view in view.
    public mutating func reflow(module: Module, width: Int, height: Int) {
        guard width != layout.width else {
            scroll(to: top, height: height)
            return
        }
        let anchor = layout.anchor(at: top)
        let shown = notesChapter.map { Self.chapter($0, of: BundledModule.module) }
        layout = ChapterLayout(chapter: shown ?? Self.chapter(chapter, of: module), width: width)
        if let anchor, let line = layout.line(showing: anchor.unit, offset: anchor.offset) {
            top = line
        }
        scroll(to: top, height: height)
    }
}
