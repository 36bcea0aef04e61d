/// A reflection prompt of a chapter: a quote under a "Reflect" heading. Its
/// id is the chapter's id and its place among the chapter's prompts, such as
/// `leverage/2`, so an answer finds its prompt again on the next run.
public struct ReflectionPrompt: Equatable, Sendable {
    /// The heading that introduces a chapter's prompts, compared case-insensitively.
    public static let heading = "reflect"

    /// The stable id, `chapter-id/n` with n from 1.
    public var id: String
    /// The 0-based chapter it belongs to.
    public var chapter: Int
    /// The index of its block in the chapter.
    public var block: Int
    /// The question.
    public var text: String

    /// Creates a prompt.
    public init(id: String, chapter: Int, block: Int, text: String) {
        self.id = id
        self.chapter = chapter
        self.block = block
        self.text = text
    }

    /// The prompts of chapter `index` of `module`, in order: every quote
    /// after a "Reflect" heading, up to the next heading.
    public static func prompts(in module: Module, chapter index: Int) -> [ReflectionPrompt] {
        guard module.chapters.indices.contains(index) else { return [] }
        let chapter = module.chapters[index]
        var prompts: [ReflectionPrompt] = []
        var underReflect = false
        for (position, block) in chapter.blocks.enumerated() {
            switch block {
            case .heading(let spans):
                let title = CardText.trim(spans.map(\.text).joined())
                underReflect = title.lowercased() == heading
            case .quote where underReflect:
                prompts.append(
                    ReflectionPrompt(
                        id: "\(chapter.id)/\(prompts.count + 1)", chapter: index, block: position,
                        text: block.plainText))
            default:
                continue
            }
        }
        return prompts
    }

    /// Every prompt of `module`, chapter by chapter.
    public static func prompts(in module: Module) -> [ReflectionPrompt] {
        module.chapters.indices.flatMap { prompts(in: module, chapter: $0) }
    }
}

/// An answer to a reflection prompt, kept with the question it answered so
/// that an export still reads well if the notes change.
public struct ReflectionAnswer: Equatable, Sendable, Codable {
    /// The longest answer kept, in characters.
    public static let maximumLength = 2000

    /// The question as it read when answered.
    public var prompt: String
    /// The answer.
    public var text: String

    /// Creates an answer, cut to `maximumLength`.
    public init(prompt: String, text: String) {
        self.prompt = prompt
        self.text = String(text.prefix(Self.maximumLength))
    }
}
