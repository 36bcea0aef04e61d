import Foundation

/// The names of first-frame and load measures, shared by the run and the
/// targets.
enum FirstFrameNames {
    static let lesson = "first frame: the lesson, chapter 1"
    static let bundled = "first frame: bundled module, chapter 1"
    static let generated = "first frame: generated 5 MB module, chapter 1"
    static let version = "whole process: ladder --version"
    static let titles = "first frame: 100,000 titles"
    static func deck(_ format: String, _ count: Int) -> String {
        "first frame: triage, \(Format.count(count)) cards \(format)"
    }
    static func parse(_ format: String, _ count: Int) -> String {
        "parse \(Format.count(count)) cards \(format)"
    }
}

/// Which measures are keys (everything timed inside a running session).
enum KeyNames {
    static func isKey(_ measure: String) -> Bool {
        !measure.hasPrefix("first frame") && !measure.hasPrefix("parse")
            && !measure.hasPrefix("whole process")
    }
}

/// Number formatting for the table.
enum Format {
    /// Two decimals below 10, one below 100, none above.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "–" }
        let digits = abs(value) < 10 ? 2 : abs(value) < 100 ? 1 : 0
        return fixed(value, digits: digits)
    }

    /// `value` with `digits` decimals.
    static func fixed(_ value: Double, digits: Int) -> String {
        String(format: "%.\(digits)f", value)
    }

    /// A ratio as `1.23x`.
    static func ratio(_ value: Double) -> String { fixed(value, digits: 2) + "x" }

    /// A count with thousands separators.
    static func count(_ value: Int) -> String {
        let digits = Array(String(value))
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { text += "," }
            text.append(digit)
        }
        return text
    }
}
