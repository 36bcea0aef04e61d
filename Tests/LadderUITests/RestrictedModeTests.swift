import Foundation
import LadderCore
import LadderUI
import Testing

/// Every key of every screen, tried in a restricted room: none asks the
/// runner for anything outside the room, and the exports say why not.
@Suite struct RestrictedModeTests {
    /// The states whose keys differ (the binding tests' table), restricted.
    var states: [AppState] {
        BindingTableTests().states.map { state in
            var restricted = state
            restricted.isRestricted = true
            restricted.effects = []
            return restricted
        }
    }

    @Test func noBindingReachesOutsideTheRoomAndTheRefusedOnesSaySo() {
        var refused = Set<String>()
        var tried = 0
        for state in states {
            for table in Keymap.tables(in: state) {
                for binding in table.bindings where binding.works(in: state) {
                    for key in binding.keys {
                        guard let action = Keymap.action(for: key, in: state) else { continue }
                        tried += 1
                        var after = state
                        after.apply(action)
                        let escapes = after.effects.filter { !RestrictedMode.allows($0) }
                        #expect(escapes.isEmpty, "\(binding.name) \(KeyLabel.of(key)) asks for \(escapes)")
                        guard let refusal = RestrictedMode.refusal(of: action) else { continue }
                        refused.insert(binding.name)
                        #expect(after.flash?.text == refusal, "\(binding.name) says why")
                        var unchanged = after
                        unchanged.flash = state.flash
                        #expect(unchanged.triage == state.triage, "\(binding.name) changes nothing else")
                        #expect(
                            unchanged.scorecard == state.scorecard, "\(binding.name) changes nothing else")
                        #expect(unchanged.screen == state.screen, "\(binding.name) changes nothing else")
                        #expect(unchanged == state, "\(binding.name) changes nothing else")
                    }
                }
            }
        }
        #expect(tried > 100)
        #expect(refused == ["triage.export", "scorecard.export"])
    }

    @Test func withoutRestrictionTheSameKeysDoExport() {
        var asked: [Effect] = []
        for state in BindingTableTests().states {
            for key in [KeyEvent.character("e")] {
                guard let action = Keymap.action(for: key, in: state) else { continue }
                var after = state
                after.apply(action)
                asked += after.effects.filter { !RestrictedMode.allows($0) }
            }
        }
        #expect(asked.contains(.triageExportRequested))
        #expect(asked.contains(.scorecardExportRequested))
    }

    @Test func aClickOnTheExportHintIsRefusedToo() throws {
        var state = try #require(states.first { $0.triage?.showsSummary == true && $0.screen == .triage })
        let placed = StatusBar.placed(
            AppView.hints(for: state), width: state.size.width, message: state.flash?.text)
        let export = try #require(placed.first { $0.hint.label == "export" })
        let click = MouseEvent(.press(.left), column: export.x, row: state.size.height - 1)
        let action = try #require(Keymap.action(for: click, in: state))
        state.apply(action)
        #expect(state.effects.isEmpty)
        #expect(state.flash?.text == RestrictedMode.exportRefusal)
    }
}
