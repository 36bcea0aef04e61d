import Foundation
import LadderCore
import LadderUI
import TestSupport
import Testing

/// A restricted room's participant in the whole run loop: Ctrl-Z does not
/// leave for the shell, exports write nothing, and nothing is saved.
@Suite struct RestrictedRunTests {
    @Test func controlZIsRefusedAndNothingLeavesTheRoom() throws {
        let fixture = try LoopFixture()
        var state = try fixture.state(on: .triage)
        state.isRestricted = true
        let (outcome, runner, backend) = fixture.run(
            state,
            [
                .key(.control("z")), .key(.character("l")), .key(.character("e")), .key(.function(3)),
                .key(.character("e")), .key(.character("t")), .pause(5), .key(.character("q")),
            ], writesNothing: true)
        #expect(backend.suspensions == 0)
        let shown = backend.frames.map(\.plainText)
        #expect(shown.contains { $0.contains(RestrictedMode.suspendRefusal) })
        #expect(shown.filter { $0.contains("Exports are off in this room") }.count >= 2)
        #expect(try fixture.exports().isEmpty)
        #expect(runner.state.triage?.session.progress.sorted == 1, "sorting itself is allowed")
        #expect(outcome.status == 0)
        let saved = (try? FileManager.default.contentsOfDirectory(atPath: fixture.location.stateFolder.path))
        #expect(saved == nil, "a restricted run writes no state: \(saved ?? [])")
    }
}
