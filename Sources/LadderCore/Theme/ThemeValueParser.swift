/// Reads the right-hand side of a theme line: a colour, a style
/// (`FG on BG attributes`) or a list of attributes.
struct ThemeValueParser {
    /// The file, for errors.
    let file: String
    /// The line, for errors.
    let line: Int

    /// A colour: `#rrggbb`, `#rgb`, 0–255, an ANSI name, `default`, or a
    /// palette name (checked later, when palettes are merged).
    func color(_ word: String) throws(InputError) -> ColorSpec {
        if word == "default" { return .color(.terminalDefault) }
        if let index = ThemeWords.ansiColors[word] { return .color(.indexed(index)) }
        if word.hasPrefix("#") { return .color(try hexColor(word)) }
        if word.allSatisfy(\.isASCII), word.allSatisfy(\.isNumber) {
            guard let index = UInt8(word) else {
                throw fail("colour index \(ThemeWords.quoted(word)) is out of range; expected 0 to 255")
            }
            return .color(.indexed(index))
        }
        if ThemeWords.isPaletteName(word), !ThemeWords.isReserved(word) { return .palette(word) }
        throw fail(
            "bad colour \(ThemeWords.quoted(word)); expected #rrggbb, an index 0 to 255, "
                + "an ANSI name such as bright-blue, default, or a palette name")
    }

    /// A role's style: `[FG] [on BG] [attribute ...]`, words in any order.
    func style(_ value: String) throws(InputError) -> StyleSpec {
        var spec = StyleSpec()
        var words = ThemeValueParser.words(value)[...]
        while let word = words.popFirst() {
            if word == "on" {
                guard let next = words.popFirst() else {
                    throw fail("expected a background colour after 'on'")
                }
                guard spec.background == nil else { throw fail("two backgrounds; write one 'on BG'") }
                spec.background = try color(next)
            } else if let attribute = ThemeWords.attribute(word) {
                spec.attributes.insert(attribute)
            } else if spec.foreground == nil {
                spec.foreground = try color(word)
            } else {
                throw fail(
                    "unexpected \(ThemeWords.quoted(word)) after the foreground colour; expected "
                        + "'on BG' or an attribute (\(ThemeWords.attributeList))")
            }
        }
        return spec
    }

    /// Attributes for `[mono]`: attribute words, or `none`.
    func attributes(_ value: String) throws(InputError) -> TextAttributes {
        let words = ThemeValueParser.words(value)
        if words == ["none"] { return [] }
        var attributes: TextAttributes = []
        for word in words {
            guard let attribute = ThemeWords.attribute(word) else {
                throw fail(
                    "\(ThemeWords.quoted(word)) is not an attribute; [mono] takes "
                        + "\(ThemeWords.attributeList) or none")
            }
            attributes.insert(attribute)
        }
        return attributes
    }

    /// The words of a value: split on spaces and commas, lowercased.
    static func words(_ value: String) -> [String] {
        value.lowercased().split { $0 == " " || $0 == "\t" || $0 == "," }.map(String.init)
    }

    private func hexColor(_ word: String) throws(InputError) -> ThemeColor {
        let digits = Array(word.dropFirst())
        let values = digits.compactMap(\.hexDigitValue).map(UInt8.init)
        guard values.count == digits.count, values.count == 6 || values.count == 3 else {
            let hint =
                values.count != digits.count ? " (a comment after a value needs a space after '#')" : ""
            throw fail("bad colour \(ThemeWords.quoted(word)); expected #rrggbb or #rgb\(hint)")
        }
        if values.count == 3 {
            return .rgb(values[0] * 17, values[1] * 17, values[2] * 17)
        }
        return .rgb(values[0] * 16 + values[1], values[2] * 16 + values[3], values[4] * 16 + values[5])
    }

    private func fail(_ message: String) -> InputError {
        InputError(file: file, line: line, message)
    }
}
