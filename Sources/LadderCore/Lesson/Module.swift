/// A course module: its front matter and its chapters, ready to read.
public struct Module: Equatable, Sendable {
    /// The front matter.
    public var meta: ModuleMeta
    /// The chapters in reading order (a "Key Takeaways" chapter, if any, is last).
    public var chapters: [Chapter]

    /// Creates a module.
    public init(meta: ModuleMeta, chapters: [Chapter]) {
        self.meta = meta
        self.chapters = chapters
    }
}

/// A module's front matter: what it is and how long it takes.
public struct ModuleMeta: Equatable, Sendable {
    /// The lesson's title.
    public var title: String
    /// A one-line subtitle, if any.
    public var subtitle: String?
    /// The course it belongs to, if known.
    public var course: String?
    /// The module line, such as "Module 9 · The Human Craft".
    public var module: String?
    /// The lesson number within the course.
    public var lessonNumber: Int?
    /// Reading time in minutes.
    public var readingMinutes: Int?
    /// Pages in the source, when the source says.
    public var pages: Int?
    /// Approximate word count, when the source says.
    public var words: Int?

    /// Creates front matter with a title and optional details.
    public init(
        title: String, subtitle: String? = nil, course: String? = nil, module: String? = nil,
        lessonNumber: Int? = nil, readingMinutes: Int? = nil, pages: Int? = nil, words: Int? = nil
    ) {
        self.title = title
        self.subtitle = subtitle
        self.course = course
        self.module = module
        self.lessonNumber = lessonNumber
        self.readingMinutes = readingMinutes
        self.pages = pages
        self.words = words
    }
}

/// One chapter: a stable id, a title and its blocks of text.
public struct Chapter: Equatable, Sendable {
    /// A stable name for the chapter that cards and statements link to. In a
    /// Markdown module it is written after the heading as `{#id}`; otherwise
    /// it is the title as a slug (see `ChapterID.slug(of:)`).
    public var id: String
    /// The chapter's title.
    public var title: String
    /// The body, in order.
    public var blocks: [Block]

    /// Creates a chapter; without an `id`, the id is the title's slug.
    public init(id: String? = nil, title: String, blocks: [Block]) {
        self.id = id ?? ChapterID.slug(of: title)
        self.title = title
        self.blocks = blocks
    }
}

/// A block of chapter text.
public enum Block: Equatable, Sendable {
    /// A section heading inside a chapter.
    case heading([Span])
    /// A paragraph of running text.
    case paragraph([Span])
    /// A list; each item is a run of spans.
    case list(items: [[Span]], ordered: Bool)
    /// A block quote (used for reflection prompts and asides).
    case quote([Span])
}

/// A run of text with one inline style.
public struct Span: Equatable, Sendable {
    /// The inline styles Markdown gives us.
    public enum Style: Equatable, Sendable {
        /// Plain text.
        case plain
        /// `*emphasis*`.
        case emphasis
        /// `**strong**`.
        case strong
        /// `` `code` ``.
        case code
    }

    /// The text, already sanitised.
    public var text: String
    /// Its style.
    public var style: Style

    /// Creates a span.
    public init(_ text: String, _ style: Style = .plain) {
        self.text = text
        self.style = style
    }
}

extension Block {
    /// The block's text with styles dropped, as searched and wrapped.
    public var plainText: String {
        switch self {
        case .heading(let spans), .paragraph(let spans), .quote(let spans):
            spans.map(\.text).joined()
        case .list(let items, _):
            items.map { $0.map(\.text).joined() }.joined(separator: "\n")
        }
    }
}
