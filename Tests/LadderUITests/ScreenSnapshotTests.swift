import Foundation
import LadderCore
import LadderUI
import TestSupport
import Testing

@Suite struct ScreenSnapshotTests {
    let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    func app(_ size: Size) -> AppState {
        var state = AppState(
            module: SampleModule.module, moduleKey: "sample", size: size, now: Date(timeIntervalSince1970: 0))
        state.finished = [0]
        return state
    }

    func check(_ state: AppState, _ name: String) {
        let problem = Snapshot.check(AppView.render(state), named: name)
        #expect(problem == nil, "\(problem ?? "")")
    }

    @Test func home() {
        for size in sizes {
            var state = app(size)
            state.apply(.selectionMoved(1))
            check(state, "home")
        }
    }

    @Test func reader() {
        for size in sizes {
            var state = app(size)
            state.apply(.chapterOpened(0))
            check(state, "reader")
        }
    }

    @Test func readerWithSearchMatches() {
        for size in sizes {
            var state = app(size)
            state.apply(.searchStarted)
            for character in "scope" { state.apply(.searchTyped(character)) }
            state.apply(.searchSubmitted)
            check(state, "reader-search")
        }
    }

    @Test func help() {
        for size in sizes {
            var state = app(size)
            state.apply(.chapterOpened(1))
            state.apply(.helpToggled)
            check(state, "help")
        }
    }

    @Test func tooSmall() {
        check(app(Size(width: 24, height: 6)), "too-small")
    }
}
