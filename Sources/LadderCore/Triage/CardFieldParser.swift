/// Parses the small typed fields every deck format shares: verdicts, chapter
/// ids and leverage weights. Each failure is a message the reader pins to
/// a file and line.
enum CardFieldParser {
    /// The chapter ids a card may name: the bundled module's, in order. A
    /// number from 1 to their count names the chapter at that place.
    static let chapterIDs: [String] = BundledModule.module.chapters.map(\.id)

    /// The words accepted for each verdict, after lowercasing and folding
    /// `-`, `_` and runs of spaces into single spaces.
    private static let verdictWords: [String: Verdict] = [
        "productive": .productive, "feels productive": .productive, "output": .productive,
        "busy": .productive, "advances": .advances, "advances you": .advances,
        "actually advances you": .advances, "advance": .advances, "leverage": .advances,
    ]

    /// The word that marks a contested card.
    static let contestedWord = "contested"

    /// The lesson's call `raw` names (a verdict or `contested`), nil when blank.
    static func call(_ raw: String) -> Result<LessonCall?, CardFieldError> {
        let folded = fold(raw)
        if folded.isEmpty { return .success(nil) }
        if folded == contestedWord { return .success(.contested) }
        if let verdict = verdictWords[folded] { return .success(.verdict(verdict)) }
        return .failure(
            CardFieldError(
                "unknown verdict \"\(CardText.line(raw))\"; expected productive, feels productive, "
                    + "output, advances, advances you, leverage or contested"))
    }

    /// True when `raw` names a verdict or `contested` (used to tell
    /// `[advances]` from `[x]`).
    static func isVerdictWord(_ raw: String) -> Bool {
        let folded = fold(raw)
        return folded == contestedWord || verdictWords[folded] != nil
    }

    /// The chapter id `raw` names (an id, or a number counted from 1), nil
    /// when blank.
    static func chapter(_ raw: String) -> Result<String?, CardFieldError> {
        let trimmed = CardText.line(raw)
        if trimmed.isEmpty { return .success(nil) }
        let lowered = trimmed.lowercased()
        if chapterIDs.contains(lowered) { return .success(lowered) }
        if let number = Int(trimmed), chapterIDs.indices.contains(number - 1) {
            return .success(chapterIDs[number - 1])
        }
        return .failure(CardFieldError("chapter \"\(trimmed)\" is \(chapterExpectation)"))
    }

    /// A chapter given as a JSON number, counted from 1.
    static func chapter(number: Double) -> Result<String?, CardFieldError> {
        guard number.rounded() == number, let value = Int(exactly: number),
            chapterIDs.indices.contains(value - 1)
        else {
            return .failure(CardFieldError("\"chapter\" is \(chapterExpectation)"))
        }
        return .success(chapterIDs[value - 1])
    }

    /// What a chapter may be, for messages: "not one of the chapter ids
    /// (ladder, measures, …) or a number from 1 to 10".
    static var chapterExpectation: String {
        "not one of the chapter ids (\(chapterIDs.joined(separator: ", "))) "
            + "or a number from 1 to \(chapterIDs.count)"
    }

    /// Weights written as `problem +2, scope +1, narrative -1` (a colon or
    /// `=` between name and value is fine too; blank or `none` means zero).
    static func weights(_ raw: String) -> Result<LeverageWeights, CardFieldError> {
        let text = CardText.line(raw)
        if text.isEmpty || text.lowercased() == "none" { return .success(.zero) }
        var values: [LeverageDimensionName: Int] = [:]
        for entry in text.split(separator: ",") {
            let parts = entry.split(whereSeparator: { $0 == " " || $0 == ":" || $0 == "=" })
            guard parts.count == 2 else {
                return .failure(
                    CardFieldError(
                        "weight \"\(CardText.trim(String(entry)))\" should look like \"problem +2\""))
            }
            let result = weight(name: String(parts[0]), value: String(parts[1]))
            switch result {
            case .success(let pair): values[pair.0] = pair.1
            case .failure(let error): return .failure(error)
            }
        }
        return .success(LeverageDimensionName.weights(from: values))
    }

    /// One named weight from -2 to 2.
    static func weight(name: String, value: String) -> Result<(LeverageDimensionName, Int), CardFieldError> {
        guard let dimension = LeverageDimensionName(rawValue: name.lowercased()) else {
            return .failure(
                CardFieldError(
                    "unknown weight \"\(CardText.line(name))\"; expected problem, team, timing, "
                        + "scope, narrative, compounding or judgement"))
        }
        let digits = value.hasPrefix("+") ? String(value.dropFirst()) : value
        guard let number = Int(digits), (-2...2).contains(number) else {
            return .failure(
                CardFieldError("weight for \(dimension.rawValue) must be a whole number from -2 to +2"))
        }
        return .success((dimension, number))
    }

    /// Lowercases and folds separators so "Feels_Productive" matches.
    private static func fold(_ raw: String) -> String {
        let spaced = CardText.line(raw).lowercased().map { $0 == "-" || $0 == "_" ? " " : $0 }
        return String(spaced).split(separator: " ").joined(separator: " ")
    }
}

/// A field that could not be read; the reader adds the file and line.
struct CardFieldError: Error, Equatable {
    /// What was expected.
    var message: String

    /// Creates an error with `message`.
    init(_ message: String) { self.message = message }
}

/// The leverage dimensions by the names deck files use.
enum LeverageDimensionName: String, CaseIterable {
    case problem, team, timing, scope, narrative, compounding, judgement

    /// Weights built from named values; missing names are zero.
    static func weights(from values: [LeverageDimensionName: Int]) -> LeverageWeights {
        LeverageWeights(
            problem: values[.problem] ?? 0, team: values[.team] ?? 0, timing: values[.timing] ?? 0,
            scope: values[.scope] ?? 0, narrative: values[.narrative] ?? 0,
            judgement: values[.judgement] ?? 0, compounding: values[.compounding] ?? 0)
    }
}
