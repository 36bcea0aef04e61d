import FoundationEssentials

/// Loads and saves the self-assessment as `assessment.json` in the state
/// folder, atomically. A damaged file is an `InputError` naming the file,
/// never a crash; a missing file is an empty assessment.
public struct AssessmentStore: Sendable {
    /// The file name inside the folder.
    public static let fileName = "assessment.json"
    /// The file format version written and understood.
    public static let version = 1

    /// The file.
    public let url: URL

    /// A store kept in `folder`.
    public init(folder: URL) {
        url = folder.appendingPathComponent(Self.fileName)
    }

    /// The saved answers; an empty assessment when there is no file yet.
    public func load() throws(InputError) -> SelfAssessment {
        guard let data = try AtomicFile.read(url) else { return SelfAssessment() }
        let file: StoredFile
        do {
            file = try JSONDecoder().decode(StoredFile.self, from: data)
        } catch {
            throw InputError(
                file: url.path,
                "expected saved self-assessment answers in JSON; move the file away to start afresh")
        }
        guard file.version == Self.version else {
            throw InputError(file: url.path, "unsupported self-assessment version \(file.version)")
        }
        return SelfAssessment(answers: file.answers)
    }

    /// Writes `assessment`, creating the folder when needed.
    public func save(_ assessment: SelfAssessment) throws(InputError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data: Data
        do {
            data = try encoder.encode(StoredFile(version: Self.version, answers: assessment.answers))
        } catch {
            throw InputError(file: url.path, "cannot encode the self-assessment", kind: .ioFailure)
        }
        try AtomicFile.write(data, to: url)
    }

    /// The file's shape: a version and the ratings keyed by statement id.
    private struct StoredFile: Codable {
        var version: Int
        var answers: [Int: Int]
    }
}
