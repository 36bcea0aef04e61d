import FoundationEssentials

/// Reads and writes results files: compact JSON with sorted keys. The
/// round's times are ISO 8601 text; a card's times are seconds since 1970,
/// which read hundreds of times faster when a report opens 500 files.
public enum ResultsCodec {
    /// The results as the bytes of a results file.
    public static func encode(_ results: ParticipantResults) throws(InputError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .secondsSince1970
        do {
            var data = try encoder.encode(results)
            data.append(0x0A)
            return data
        } catch {
            throw InputError(file: "results", "cannot encode the results", kind: .ioFailure)
        }
    }

    /// The results in `data`, read from the file named `name`. Says plainly
    /// when the file is not JSON, is some other JSON, or comes from another
    /// version of ladder.
    public static func decode(_ data: Data, name: String) throws(InputError) -> ParticipantResults {
        try decode(ParticipantResults.self, data, name: name)
    }

    /// The results in the file at `url`.
    public static func read(_ url: URL) throws(InputError) -> ParticipantResults {
        try decode(ParticipantResults.self, try contents(url), name: url.path)
    }

    /// The results in the file at `url` with only what a report needs of
    /// each card (pile, peeks, note, agreement): quicker over a big room.
    public static func readForReport(_ url: URL) throws(InputError) -> ParticipantResults {
        try decodeForReport(try contents(url), name: url.path)
    }

    /// The results in `data` (from the file named `name`) as a report reads
    /// them: the quick byte reader first, and `JSONDecoder` for any file it
    /// cannot vouch for, which names what is wrong with a broken one.
    public static func decodeForReport(_ data: Data, name: String) throws(InputError) -> ParticipantResults {
        if let results = ResultsScanner.results(data) { return results }
        return try decode(ReportedResults.self, data, name: name).results
    }

    private static func contents(_ url: URL) throws(InputError) -> Data {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw InputError(file: url.path, "cannot read the file", kind: .noInput)
        }
        return data
    }

    /// Decodes in one pass; only when that fails is the file looked at
    /// again, to say what it is.
    private static func decode<Document: Decodable & ResultsDocument>(
        _ type: Document.Type, _ data: Data, name: String
    ) throws(InputError) -> Document {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        do {
            let document = try decoder.decode(Document.self, from: data)
            try check(format: document.format, version: document.version, name: name)
            return document
        } catch let error as InputError {
            throw error
        } catch {
            guard let header = try? decoder.decode(Header.self, from: data) else {
                throw InputError(file: name, "not JSON, or damaged; expected a ladder results file")
            }
            try check(format: header.format, version: header.version, name: name)
            throw describe(error, name: name)
        }
    }

    private static func check(format: String?, version: Int?, name: String) throws(InputError) {
        guard format == ParticipantResults.formatName else {
            throw InputError(file: name, "not a ladder results file (no \"format\": \"ladder-results\")")
        }
        guard version == ParticipantResults.currentVersion else {
            throw InputError(
                file: name,
                "results format \(version.map(String.init) ?? "none"); this ladder reads version "
                    + "\(ParticipantResults.currentVersion)")
        }
    }

    /// A decoding failure as `file: cards[3].pile: what was wrong`.
    private static func describe(_ error: any Error, name: String) -> InputError {
        switch error {
        case DecodingError.keyNotFound(let key, let context):
            InputError(file: name, "\(path(context.codingPath + [key])): missing")
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context),
            DecodingError.dataCorrupted(let context):
            InputError(file: name, "\(path(context.codingPath)): \(context.debugDescription)")
        default:
            InputError(file: name, "damaged results file")
        }
    }

    /// A coding path as `cards[3].pile`.
    private static func path(_ keys: [any CodingKey]) -> String {
        var text = ""
        for key in keys {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += (text.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return text.isEmpty ? "the file" : text
    }

    /// The two fields that tell what kind of file this is.
    private struct Header: Decodable {
        var format: String?
        var version: Int?
    }
}
