import FoundationEssentials

/// The round's times in results files: ISO 8601 in UTC with milliseconds
/// (`2026-11-24T21:30:05.250Z`); times without a fraction are read too.
enum ResultsDates {
    private static let withFraction = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
    private static let plain = Date.ISO8601FormatStyle()

    /// `date` as text.
    static func text(_ date: Date) -> String { withFraction.format(date) }

    /// The time in `text`, nil when it is not ISO 8601.
    static func date(_ text: String) -> Date? {
        if let date = try? withFraction.parse(text) { return date }
        return try? plain.parse(text)
    }
}

extension ParticipantResults.Times {
    private enum CodingKeys: String, CodingKey {
        case joinedAt, updatedAt, finishedAt
    }

    /// Reads the times from ISO 8601 text.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func time(_ key: CodingKeys) throws -> Date? {
            guard let text = try container.decodeIfPresent(String.self, forKey: key) else { return nil }
            guard let date = ResultsDates.date(text) else {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: container,
                    debugDescription: "expected an ISO 8601 time such as 2026-11-24T21:30:05Z, not '\(text)'")
            }
            return date
        }
        guard let joined = try time(.joinedAt), let updated = try time(.updatedAt) else {
            throw DecodingError.keyNotFound(
                CodingKeys.joinedAt, .init(codingPath: decoder.codingPath, debugDescription: "missing"))
        }
        self.init(joinedAt: joined, updatedAt: updated, finishedAt: try time(.finishedAt))
    }

    /// Writes the times as ISO 8601 text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ResultsDates.text(joinedAt), forKey: .joinedAt)
        try container.encode(ResultsDates.text(updatedAt), forKey: .updatedAt)
        try container.encodeIfPresent(finishedAt.map(ResultsDates.text), forKey: .finishedAt)
    }
}
