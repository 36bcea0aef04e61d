/// Lines from a list, for tests: all of them pending at once, like a script.
public struct ListedLines: LineSource {
    private var lines: ArraySlice<String>

    /// The lines `lines`, then the end of input.
    public init(_ lines: [String]) { self.lines = lines[...] }

    /// The next line, nil when none is left.
    public mutating func nextLine() -> String? { lines.popFirst() }

    /// True while lines are left.
    public var hasPendingInput: Bool { !lines.isEmpty }

    /// Never: nobody is typing.
    public var isInteractive: Bool { false }
}
