import FoundationEssentials

/// Reads and writes round lengths as people type them: `10m`, `90s`,
/// `1h30m`, `2m30s`, or `4:30` (minutes and seconds).
public enum DurationText {
    /// The longest round accepted: a working day.
    public static let longest: TimeInterval = 8 * 3600

    /// The seconds `text` names, nil when it is not a duration from 1 s to 8 h.
    public static func seconds(_ text: String) -> TimeInterval? {
        let trimmed = text.trimmingSpaces().lowercased()
        let total = trimmed.contains(":") ? clockSeconds(trimmed) : unitSeconds(trimmed)
        guard let total, total >= 1, total <= longest else { return nil }
        return total
    }

    /// `seconds` as the shortest text `seconds(_:)` reads back: `10m`, `1h30m`, `45s`.
    public static func text(_ seconds: TimeInterval) -> String {
        let whole = Int(min(max(0, seconds.isFinite ? seconds : 0), 1e12).rounded())
        let parts = [(whole / 3600, "h"), (whole / 60 % 60, "m"), (whole % 60, "s")]
        let text = parts.filter { $0.0 > 0 }.map { "\($0.0)\($0.1)" }.joined()
        return text.isEmpty ? "0s" : text
    }

    private static func clockSeconds(_ text: String) -> TimeInterval? {
        let pieces = text.split(separator: ":", omittingEmptySubsequences: false)
        guard pieces.count == 2, let minutes = Int(pieces[0]), let secs = Int(pieces[1]),
            minutes >= 0, (0..<60).contains(secs), pieces[1].count == 2,
            minutes <= Int(longest) / 60
        else { return nil }
        return TimeInterval(minutes * 60 + secs)
    }

    private static func unitSeconds(_ text: String) -> TimeInterval? {
        var total = 0
        var digits = ""
        var seenUnits: Set<Character> = []
        for character in text {
            if character.isASCII, character.isNumber {
                digits.append(character)
                continue
            }
            let scale: Int
            switch character {
            case "h": scale = 3600
            case "m": scale = 60
            case "s": scale = 1
            default: return nil
            }
            guard let value = Int(digits), digits.count <= 5, !seenUnits.contains(character) else {
                return nil
            }
            seenUnits.insert(character)
            total += value * scale
            digits = ""
        }
        guard digits.isEmpty, !seenUnits.isEmpty else { return nil }
        return TimeInterval(total)
    }
}
