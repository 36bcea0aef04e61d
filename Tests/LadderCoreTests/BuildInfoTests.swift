import LadderCore
import Testing

@Suite struct BuildInfoTests {
    @Test func versionLineNamesTheCommitWhenBuiltFromACheckout() {
        if let commit = BuildInfo.commit {
            #expect(commit.count >= 40 && commit.allSatisfy(\.isHexDigit))
            #expect(BuildInfo.versionLine == "ladder \(BuildInfo.version) (commit \(commit.prefix(12)))")
        } else {
            #expect(BuildInfo.versionLine == "ladder \(BuildInfo.version)")
        }
    }
}
