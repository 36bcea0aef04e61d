import Foundation

/// Times in results files: ISO 8601 in UTC with milliseconds
/// (`2026-11-24T21:30:05.250Z`); times without a fraction are read too.
enum ResultsDates {
    private static let withFraction = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
    private static let plain = Date.ISO8601FormatStyle()

    /// Writes a time with milliseconds.
    static let encoding: JSONEncoder.DateEncodingStrategy = .custom { date, encoder in
        var container = encoder.singleValueContainer()
        try container.encode(withFraction.format(date))
    }

    /// Reads a time with or without a fraction of a second.
    static let decoding: JSONDecoder.DateDecodingStrategy = .custom { decoder in
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        if let date = try? withFraction.parse(text) { return date }
        if let date = try? plain.parse(text) { return date }
        throw DecodingError.dataCorruptedError(
            in: container,
            debugDescription: "expected an ISO 8601 time such as 2026-11-24T21:30:05Z, not '\(text)'")
    }
}
