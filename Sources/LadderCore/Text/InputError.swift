/// What went wrong reading a file a user handed us, said so they can fix it:
/// the file, the line (when one is to blame) and what was expected.
public struct InputError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The kind of failure, which decides the process exit code.
    public enum Kind: Sendable, Equatable {
        /// The file exists but its content is not what was expected (sysexits 65).
        case badData
        /// The file is missing or unreadable (sysexits 66).
        case noInput
        /// Writing failed (sysexits 74).
        case ioFailure
    }

    /// The file's path as the user named it.
    public var file: String
    /// The 1-based line at fault, if any.
    public var line: Int?
    /// What was expected, in plain words.
    public var message: String
    /// The kind of failure.
    public var kind: Kind

    /// Creates an error for `file`, optionally at `line`.
    public init(file: String, line: Int? = nil, _ message: String, kind: Kind = .badData) {
        self.file = file
        self.line = line
        self.message = message
        self.kind = kind
    }

    /// `file:line: message`, the form compilers and editors understand. The
    /// file's name shows its control characters instead of obeying them, and
    /// the message is cleaned, so no name or text can drive the terminal.
    public var description: String {
        let name = Sanitizer.visible(file)
        let said = Sanitizer.clean(message, keepNewlines: true)
        if let line { return "\(name):\(line): \(said)" }
        return "\(name): \(said)"
    }

    /// The sysexits code for this failure.
    public var exitCode: Int32 {
        switch kind {
        case .badData: 65
        case .noInput: 66
        case .ioFailure: 74
        }
    }
}
