/// The few string helpers the app took from full Foundation, written on the
/// standard library so the app links `FoundationEssentials` alone (full
/// Foundation brings ICU: about 50 MB of binary and slower start-up).
extension StringProtocol {
    /// The text without leading and trailing spaces and tabs (Unicode's
    /// space separators and U+0009), as Foundation's `.whitespaces` trims.
    public func trimmingSpaces() -> String {
        trimmingScalars { $0 == "\t" || $0.properties.generalCategory == .spaceSeparator }
    }

    /// The text without leading and trailing spaces, tabs and line breaks,
    /// as Foundation's `.whitespacesAndNewlines` trims.
    public func trimmingWhitespace() -> String {
        trimmingScalars { scalar in
            switch scalar.properties.generalCategory {
            case .spaceSeparator, .lineSeparator, .paragraphSeparator: return true
            default: return ("\u{09}"..."\u{0D}").contains(scalar) || scalar == "\u{85}"
            }
        }
    }

    /// The text with every occurrence of `target`, compared scalar by
    /// scalar, replaced by `replacement`.
    public func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return String(self) }
        return String(
            String.UnicodeScalarView(unicodeScalars).replacing(
                target.unicodeScalars, with: replacement.unicodeScalars))
    }

    /// The text cut or padded with spaces on the right to `width` characters.
    public func padded(to width: Int) -> String {
        let count = self.count
        guard count < width else { return String(prefix(width)) }
        return String(self) + String(repeating: " ", count: width - count)
    }

    private func trimmingScalars(_ isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isTrimmed($0) }),
            let last = scalars.lastIndex(where: { !isTrimmed($0) })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }
}
