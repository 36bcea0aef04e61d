/// Every set of binding tables that can be in force at once, for the
/// tests that check no key is bound twice and for the README.
public enum BindingContexts {
    /// Each context as the tables active together, most specific first.
    public static var all: [[BindingTable]] {
        var contexts: [[BindingTable]] = [
            [PromptBindings.table], [EntryBindings.table], [HelpBindings.table],
        ]
        for screen in Screen.allCases {
            contexts += ScreenRegistry.module(for: screen).contexts.map { $0 + [GlobalBindings.table] }
        }
        return contexts
    }

    /// Every table once, in the order the README lists them: the keys that
    /// work everywhere, each screen's, then the help and the prompt.
    public static var documented: [BindingTable] {
        var tables = [GlobalBindings.table]
        for screen in Screen.allCases {
            for table in ScreenRegistry.module(for: screen).tables
            where !tables.contains(where: { $0.title == table.title }) {
                tables.append(table)
            }
        }
        return tables + [HelpBindings.table, PromptBindings.table, EntryBindings.table]
    }
}
