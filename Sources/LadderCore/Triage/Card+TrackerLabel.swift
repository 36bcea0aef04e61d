extension Card {
    /// The tracker's key as people write it: `PAY-101` as given, a bare
    /// number as `#12` (an issue number); nil when the source gave no key.
    public var trackerLabel: String? {
        guard let key = trackerKey, !key.isEmpty else { return nil }
        return key.allSatisfy(\.isASCII) && key.allSatisfy(\.isNumber) ? "#" + key : key
    }

    /// The title with the tracker's key before it (`PAY-101 Fix the login`),
    /// so items with the same title can be told apart; the title alone
    /// when there is no key.
    public var keyedTitle: String {
        trackerLabel.map { "\($0) \(title)" } ?? title
    }
}
