/// The reflection answers as a section of an export, in the module's order;
/// answers to prompts the module no longer has come last, with the question
/// they answered.
public enum ReflectionExport {
    /// The answers in `reflections` for `module`, ordered: the module's
    /// prompts first, then any others by id. Blank answers are left out.
    public static func ordered(
        _ reflections: [String: ReflectionAnswer], module: Module
    ) -> [(id: String, answer: ReflectionAnswer)] {
        let prompts = ReflectionPrompt.prompts(in: module)
        let known = Set(prompts.map(\.id))
        var result: [(id: String, answer: ReflectionAnswer)] = prompts.compactMap { prompt in
            reflections[prompt.id].map { (prompt.id, $0) }
        }
        result += reflections.filter { !known.contains($0.key) }.sorted { $0.key < $1.key }.map {
            ($0.key, $0.value)
        }
        return result.filter { !CardText.trim($0.answer.text).isEmpty }
    }

    /// One answer as a JSON export writes it: the prompt's id, its question
    /// and the answer.
    public struct Entry: Encodable, Equatable, Sendable {
        /// The prompt's stable id.
        public var id: String
        /// The question it answered.
        public var prompt: String
        /// The answer.
        public var answer: String
    }

    /// `answers` (as `ordered` gives them) as JSON entries.
    public static func entries(_ answers: [(id: String, answer: ReflectionAnswer)]) -> [Entry] {
        answers.map { Entry(id: $0.id, prompt: $0.answer.prompt, answer: $0.answer.text) }
    }

    /// A Markdown section "Your reflections", nil when there is no answer.
    public static func markdown(_ reflections: [String: ReflectionAnswer], module: Module) -> String? {
        let answers = ordered(reflections, module: module)
        guard !answers.isEmpty else { return nil }
        var lines = ["## Your reflections (\(answers.count))"]
        for (_, answer) in answers {
            lines += ["", "> " + TriageExport.escaped(CardText.line(answer.prompt)), ""]
            lines += CardText.lines(answer.text).map { TriageExport.escaped($0) }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
