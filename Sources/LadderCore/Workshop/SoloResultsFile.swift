import FoundationEssentials

/// Where a round on one's own (`ladder triage --timer …`) keeps its results
/// when no `--results FILE` is given: the state folder's `rounds` folder,
/// under the participant's name and the round's start time.
public enum SoloResultsFile {
    /// The folder for rounds' results in `stateFolder`.
    public static func folder(in stateFolder: URL) -> URL {
        stateFolder.appendingPathComponent("rounds")
    }

    /// `rounds/NAME-HASH-2026-11-25T001500Z.json` for `name`'s round started `at`.
    public static func url(in stateFolder: URL, name: ParticipantName, at date: Date) -> URL {
        let stamp = date.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: false))
            .replacingAll(":", with: "")
        return folder(in: stateFolder).appendingPathComponent("\(name.fileStem)-\(stamp).json")
    }
}
