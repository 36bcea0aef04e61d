/// The README's keys section, written from the binding tables so that it
/// cannot drift from what the keys do. A test compares it with the README.
public enum KeysMarkdown {
    /// The comment that opens the generated part of the README.
    public static let begin = "<!-- keys: generated from the binding tables; KeysReadmeTests checks it -->"
    /// The comment that closes it.
    public static let end = "<!-- keys: end -->"

    /// The section's Markdown: a table per binding table, the mouse, and notes.
    public static func render() -> String {
        var parts: [String] = []
        for table in BindingContexts.documented {
            let rows = table.bindings.map { binding in
                "| \(keys(binding)) | \(binding.help) | `\(binding.name)` |"
            }
            parts.append(
                (["#### \(table.title)", "", "| keys | what they do | name |", "|---|---|---|"] + rows)
                    .joined(separator: "\n"))
        }
        let mouse = HelpContent.mouse.rows.map { "| \($0.keys) | \($0.action) |" }
        parts.append(
            (["#### \(HelpContent.mouse.title)", "", "| mouse | what it does |", "|---|---|"] + mouse)
                .joined(separator: "\n"))
        parts.append(GlobalBindings.notes.joined(separator: "\n"))
        return parts.joined(separator: "\n\n")
    }

    /// The keys of a binding, each in backticks.
    private static func keys(_ binding: Binding) -> String {
        if let label = binding.keysLabel { return "`\(label)`" }
        return binding.keys.map { "`\(KeyLabel.of($0))`" }.joined(separator: " ")
    }
}
