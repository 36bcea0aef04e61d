import FoundationEssentials
import Glibc
import LadderCore
import LadderUI

extension SoloRound {
    /// Why a round could not start: the message for standard error and the exit code.
    struct Refusal: Error {
        var message: String
        var code: Int32
    }

    /// The round `ladder triage` asks for with any of the round options,
    /// begun in `state`; nil for a plain sort.
    static func beginIfAsked(
        _ state: inout AppState, invocation: Invocation, location: StateLocation,
        environment: [String: String]
    ) throws(Refusal) -> SoloRound? {
        guard invocation.command == .triage, invocation.workshop.asksForRound else { return nil }
        guard !invocation.plain else {
            throw Refusal(
                message: "a round needs the full screen: --plain takes none of the round options", code: 64)
        }
        return try begin(&state, invocation: invocation, location: location, environment: environment)
    }

    /// Turns `state`'s triage into the round `invocation` asks for: a
    /// fresh session over the same deck in the seed's order (the order a
    /// room with that seed deals), the clock started, answers hidden if
    /// asked. Checks where the results go before the screen opens.
    static func begin(
        _ state: inout AppState, invocation: Invocation, location: StateLocation,
        environment: [String: String]
    ) throws(Refusal) -> SoloRound {
        let options = invocation.workshop
        let name: ParticipantName
        do {
            name = try ParticipantName(options.name ?? environment["USER"] ?? "me")
        } catch {
            throw Refusal(message: "--name: \(error.description)", code: 64)
        }
        guard let deck = state.triage?.session.deck else {
            throw Refusal(message: "no deck to sort", code: 66)
        }
        let now = state.now
        let target = try target(
            options.results, force: invocation.force, location: location, name: name, at: now)
        let order = options.seed.map { SeededOrder.indices(count: deck.cards.count, seed: $0) }
        let session =
            order.map { TriageSession(deck: deck, order: $0, startedAt: now) }
            ?? TriageSession(deck: deck, startedAt: now)
        state.triage = TriageState(session: session, assessment: state.scorecard.assessment)
        state.beginRound(
            TriageRound(
                title: deck.title, limit: options.timerSeconds, ownsClock: true,
                hidesAnswers: options.hideAnswers))
        return SoloRound(
            target: target, named: options.results != nil, name: name, seed: options.seed, startedAt: now)
    }

    /// The results file: `--results FILE` (its folder must exist, and the
    /// file must not, unless `--force`), else one of the state folder's own.
    private static func target(
        _ requested: String?, force: Bool, location: StateLocation, name: ParticipantName, at date: Date
    ) throws(Refusal) -> URL {
        guard let requested else {
            return SoloResultsFile.url(in: location.stateFolder, name: name, at: date)
        }
        let url = URL(fileURLWithPath: requested)
        var isFolder = false
        let folder = url.deletingLastPathComponent()
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder
        else {
            throw Refusal(
                message: "--results \(Sanitizer.visible(requested)): the folder does not exist", code: 73)
        }
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder {
            throw Refusal(
                message: "--results \(Sanitizer.visible(requested)) is a folder; expected a file name",
                code: 73)
        }
        var existing = stat()
        if lstat(url.path, &existing) == 0, !force {
            throw Refusal(
                message:
                    "--results \(Sanitizer.visible(requested)) already exists; choose another name, or add --force to replace it",
                code: 73)
        }
        return url
    }
}
