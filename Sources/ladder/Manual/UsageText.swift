/// A command's `--help` text read back into parts, so that the man page and
/// the shell completions say exactly what `--help` says.
struct UsageText {
    /// One option as the help lists it.
    struct Option: Equatable {
        /// The option's name, such as `--deck`.
        var name: String
        /// The value it takes as the help writes it (`FILE`, `N`), if any.
        var argument: String?
        /// What it does, on one line.
        var summary: String
    }

    /// A run of the text: prose, lines kept as they are, or options.
    enum Block: Equatable {
        /// A paragraph, its lines joined.
        case paragraph(String)
        /// Lines whose breaks matter (usage lines, key lists).
        case preformatted([String])
        /// A list of options.
        case options([Option])
    }

    /// The blocks in order, the common options' block left out.
    private(set) var blocks: [Block] = []

    /// Every option the text lists.
    var options: [Option] {
        blocks.flatMap { block -> [Option] in
            if case .options(let options) = block { return options }
            return []
        }
    }

    /// Reads `text`, leaving out everything from `stopAt` on (the options
    /// every command shares, listed once).
    init(_ text: String, stopAt: String? = nil) {
        var body = Substring(text)
        if let stopAt, let range = text.firstRange(of: stopAt) { body = text[..<range.lowerBound] }
        var group: [Substring] = []
        for line in body.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy(\.isWhitespace) {
                flush(&group)
            } else {
                group.append(line)
            }
        }
        flush(&group)
    }

    private mutating func flush(_ group: inout [Substring]) {
        defer { group.removeAll() }
        guard let first = group.first else { return }
        let trimmed = first.drop(while: { $0 == " " })
        let second = group.dropFirst().first?.drop(while: { $0 == " " })
        if first.hasSuffix(":"), second?.hasPrefix("-") == true {
            blocks.append(.preformatted([String(first)]))
            blocks.append(.options(Self.options(in: Array(group.dropFirst()))))
        } else if trimmed.hasPrefix("-") {
            blocks.append(.options(Self.options(in: group)))
        } else if trimmed.hasPrefix("Usage:") || first.hasPrefix("  ")
            || (first.hasSuffix(":") && group.count > 1)
        {
            blocks.append(.preformatted(group.map(String.init)))
        } else {
            blocks.append(.paragraph(group.map { $0.trimmingSpaces }.joined(separator: " ")))
        }
    }

    /// Option lines: `  --name VALUE   what it does`, with more deeply
    /// indented lines carrying the description on.
    private static func options(in lines: [Substring]) -> [Option] {
        var options: [Option] = []
        for line in lines {
            let text = line.drop(while: { $0 == " " })
            let indent = line.count - text.count
            if text.hasPrefix("-") && indent <= 4, let gap = text.firstRange(of: "  ") {
                let head = text[..<gap.lowerBound].split(separator: " ", maxSplits: 1)
                let summary = text[gap.upperBound...].trimmingSpaces
                let name = head.first.map(String.init) ?? ""
                options.append(
                    Option(name: name, argument: head.dropFirst().first.map(String.init), summary: summary))
            } else if text.hasPrefix("-") && indent <= 4 {
                let head = text.split(separator: " ", maxSplits: 1)
                options.append(
                    Option(
                        name: String(head.first ?? ""), argument: head.dropFirst().first.map(String.init),
                        summary: ""))
            } else if !options.isEmpty {
                let more = text.trimmingSpaces
                options[options.count - 1].summary +=
                    options[options.count - 1].summary.isEmpty ? more : " " + more
            }
        }
        return options
    }
}

extension Substring {
    fileprivate var trimmingSpaces: String {
        String(drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
    }
}
