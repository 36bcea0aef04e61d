/// What this binary is: its version and the commit it was built from.
public enum BuildInfo {
    /// The release version.
    public static let version = "0.1.0"

    /// The commit id the build plugin read from the checkout, nil when the
    /// source was not a git checkout.
    public static var commit: String? { ShippedContent.file("build/commit") }

    /// `ladder 0.1.0 (commit 1a2b3c4d5e6f)`, or without the commit when unknown.
    public static var versionLine: String {
        guard let commit else { return "ladder \(version)" }
        return "ladder \(version) (commit \(commit.prefix(12)))"
    }
}
