import Foundation

/// Reads and writes results files: pretty JSON with sorted keys and ISO 8601
/// times, so a facilitator can read one and a diff stays small.
public enum ResultsCodec {
    /// The results as the bytes of a results file.
    public static func encode(_ results: ParticipantResults) throws(InputError) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = ResultsDates.encoding
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
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = ResultsDates.decoding
        guard let header = try? decoder.decode(Header.self, from: data) else {
            throw InputError(file: name, "not JSON, or damaged; expected a ladder results file")
        }
        guard header.format == ParticipantResults.formatName else {
            throw InputError(file: name, "not a ladder results file (no \"format\": \"ladder-results\")")
        }
        guard header.version == ParticipantResults.currentVersion else {
            let version = header.version.map(String.init) ?? "none"
            throw InputError(
                file: name,
                "results format \(version); this ladder reads version \(ParticipantResults.currentVersion)")
        }
        do {
            return try decoder.decode(ParticipantResults.self, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw InputError(file: name, "\(path(context.codingPath + [key])): missing")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw InputError(file: name, "\(path(context.codingPath)): \(context.debugDescription)")
        } catch let DecodingError.dataCorrupted(context) {
            throw InputError(file: name, "\(path(context.codingPath)): \(context.debugDescription)")
        } catch {
            throw InputError(file: name, "damaged results file")
        }
    }

    /// The results in the file at `url`.
    public static func read(_ url: URL) throws(InputError) -> ParticipantResults {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw InputError(file: url.path, "cannot read the file", kind: .noInput)
        }
        return try decode(data, name: url.path)
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

    /// The two fields read first, to tell what kind of file this is.
    private struct Header: Decodable {
        var format: String?
        var version: Int?
    }
}
