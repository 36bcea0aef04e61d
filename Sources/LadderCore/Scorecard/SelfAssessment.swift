/// The user's ratings of the assessment statements, each from 0 (not at
/// all) to 4 (completely). Ratings outside the range are clamped and
/// unknown statement ids are ignored, also when decoding a saved file.
public struct SelfAssessment: Equatable, Hashable, Sendable, Codable {
    /// The ratings the scale allows.
    public static let ratings = 0...4
    /// The words for each rating, indexed by the rating.
    public static let ratingLabels = ["not at all", "a little", "somewhat", "mostly", "completely"]

    /// Ratings by statement id.
    public private(set) var answers: [Int: Int]

    /// Creates an assessment, clamping ratings and keeping known ids only.
    public init(answers: [Int: Int] = [:]) {
        self.answers = [:]
        for (id, value) in answers { rate(id, value) }
    }

    /// Decodes saved answers, clamping and filtering as `init(answers:)` does.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(answers: try container.decode([Int: Int].self, forKey: .answers))
    }

    /// The words for `rating`, such as "mostly" for 3 (clamped to the scale).
    public static func label(for rating: Int) -> String {
        ratingLabels[min(ratings.upperBound, max(ratings.lowerBound, rating))]
    }

    /// Records `value` (clamped to 0...4) for the statement `id`; ignores unknown ids.
    public mutating func rate(_ id: Int, _ value: Int) {
        guard AssessmentStatement.statement(id: id) != nil else { return }
        answers[id] = min(Self.ratings.upperBound, max(Self.ratings.lowerBound, value))
    }

    /// Removes the rating for `id`, as if it had never been answered.
    public mutating func clear(_ id: Int) { answers[id] = nil }

    /// The rating given to `id`, if any.
    public func rating(for id: Int) -> Int? { answers[id] }

    /// How many statements have a rating.
    public var answeredCount: Int { answers.count }

    /// True when every statement has a rating.
    public var isComplete: Bool { AssessmentStatement.all.allSatisfy { answers[$0.id] != nil } }
}
