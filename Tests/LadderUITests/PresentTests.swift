import Foundation
import LadderCore
import LadderUI
import TestSupport
import Testing

/// `ladder present`: slides from the module and from a room, the reader's
/// keys, the verdict only when the facilitator asks, and a layout that fits
/// from 40x12 to 200x60.
@Suite struct PresentTests {
    private func press(_ keys: [KeyEvent], _ state: inout AppState) {
        for key in keys {
            if let action = Keymap.action(for: key, in: state) { state.apply(action) }
        }
    }

    @Test func theModuleGivesATitlePageThenIdeasPromptsAndTakeaways() {
        let slides = PresentState(module: SampleModuleForPresent.module).slides
        #expect(slides.map(\.heading) == ["Small Talk", "Key idea", "Key idea", "Reflect", "Takeaway"])
        #expect(slides[1].text == "Take the problem nobody framed, and frame it.")
        #expect(slides[1].caption == "1 · Scope")
        #expect(slides[3].text == "Which decision did you last make alone?")
        #expect(slides[4].caption == "2 · Key Takeaways")
    }

    @Test func theBundledModuleHasEveryIdeaAndPrompt() throws {
        let module = try BundledModule.load()
        let slides = PresentState(module: module).slides
        let prompts = ReflectionPrompt.prompts(in: module).count
        #expect(slides.filter { $0.kind == .prompt }.count == prompts)
        #expect(slides.filter { $0.kind == .idea }.count >= module.chapters.count - 1)
        #expect(slides.filter { $0.kind == .takeaway }.count == 5)
    }

    @Test func theReadersKeysStepThroughAndStopAtTheEnds() {
        var state = PresentFixtures.app(Size(width: 80, height: 24))
        press([.character(" "), .character("j"), .down], &state)
        #expect(state.present?.index == 3)
        press([.character("k")], &state)
        #expect(state.present?.index == 2)
        press([.character("G"), .pageDown, .right], &state)
        #expect(state.present?.index == 4, "stops at the last")
        press([.character("g"), .pageUp, .character("b"), .left], &state)
        #expect(state.present?.index == 0, "stops at the first")
        press([.end, .home, .enter], &state)
        #expect(state.present?.index == 1)
    }

    @Test func screenSwitchingAndSearchDoNothingHere() {
        var state = PresentFixtures.app(Size(width: 80, height: 24))
        let before = state
        press([.tab, .backTab, .function(1), .function(2), .character("/"), .escape], &state)
        #expect(state == before)
        press([.character("?")], &state)
        #expect(state.showsHelp)
        let help = HelpContent.lines(in: state).map(\.keys)
        #expect(!help.contains("Tab") && !help.contains("/"), "help lists only keys that work here")
        #expect(HelpContent.lines(in: state).contains { $0.text == "the next slide" })
    }

    @Test func theMouseStepsBackOnTheLeftAndOnElsewhere() {
        var state = PresentFixtures.app(Size(width: 90, height: 24))
        let click = { (column: Int) in MouseEvent(.press(.left), column: column, row: 10) }
        for event in [click(60), click(60), click(5)] {
            if let action = Keymap.action(for: event, in: state) { state.apply(action) }
        }
        #expect(state.present?.index == 1)
        if let action = Keymap.action(for: MouseEvent(.wheelDown, column: 5, row: 3), in: state) {
            state.apply(action)
        }
        #expect(state.present?.index == 2)
        #expect(
            Keymap.action(for: click(2).atRow(0), in: state) == .present(.stepped(-1)), "no tabs on row 0")
    }

    @Test func aRoomShowsItsMostContestedCardsAndTheVerdictOnlyOnRequest() {
        var state = PresentFixtures.app(
            Size(width: 80, height: 24), present: PresentState(report: PresentFixtures.report()))
        #expect(
            state.present?.slides.map(\.heading) == [
                "Answer every ping", "Rewrite the plan", "Own the problem",
            ])
        #expect(state.present?.showsVerdict == false)
        press([.character("r")], &state)
        #expect(state.present?.showsVerdict == true)
        press([.character(" ")], &state)
        #expect(state.present?.showsVerdict == false, "each card is revealed on its own")
        press([.character("b")], &state)
        #expect(state.present?.showsVerdict == true)
        press([.escape], &state)
        #expect(state.present?.showsVerdict == false, "Esc hides it again")
    }

    @Test func theVerdictKeyIsNotOfferedOutsideARoom() {
        var state = PresentFixtures.app(Size(width: 80, height: 24))
        #expect(Keymap.action(for: .character("r"), in: state) == nil)
        state.apply(.present(.verdictToggled))
        #expect(state.present?.revealed.isEmpty == true)
    }

    @Test func followingTheRoomKeepsTheCardOnScreen() {
        var present = PresentState(report: PresentFixtures.report(people: 3))
        #expect(present.slides.compactMap(\.cardID) == ["c", "a"], "three people: c splits evenly")
        present.followForTest(PresentFixtures.report(people: 4))
        #expect(present.slides.compactMap(\.cardID) == ["a", "c", "b"])
        #expect(present.slide.cardID == "c", "the card on screen stays on screen")
        present.followForTest(PresentFixtures.report(people: 0))
        #expect(present.slide.kind == .waiting)
    }

    @Test func anEmptyRoomSaysSo() {
        let present = PresentState(report: PresentFixtures.report(people: 0))
        #expect(present.slides.count == 1)
        #expect(present.slide.text.hasPrefix("Nobody has joined yet"))
    }

    @Test func theLayoutFitsFromSmallToLarge() {
        let sizes = [Size(width: 40, height: 12), Size(width: 80, height: 24), Size(width: 200, height: 60)]
        let room = PresentState(report: PresentFixtures.report())
        for size in sizes {
            for state in [PresentState(module: SampleModuleForPresent.module), room] {
                var state = state
                for _ in state.slides {
                    let layout = PresentLayout(state, size: size)
                    for line in layout.lines + [layout.progress] {
                        let width = line.runs.reduce(0) { $0 + TextWidth.of($1.text) }
                        #expect(line.x >= 0 && line.x + width <= size.width, "\(size) \(line)")
                        #expect(line.y >= 0 && line.y < size.height - 1, "\(size) \(line)")
                    }
                    state.stepForTest()
                }
            }
        }
        var idea = PresentState(module: SampleModuleForPresent.module)
        idea.stepForTest()
        #expect(PresentLayout(idea, size: Size(width: 40, height: 12)).headingScale <= 1)
        #expect(PresentLayout(idea, size: Size(width: 80, height: 24)).headingScale == 2)
        #expect(PresentLayout(idea, size: Size(width: 200, height: 60)).headingScale == 3)
    }

    @Test func snapshots() {
        let sizes = [Size(width: 80, height: 24), Size(width: 40, height: 12), Size(width: 200, height: 60)]
        for size in sizes {
            var state = PresentFixtures.app(size)
            state.apply(.present(.stepped(1)))
            check(state, "present-idea")
            var room = PresentFixtures.app(size, present: PresentState(report: PresentFixtures.report()))
            check(room, "present-room")
            room.apply(.present(.verdictToggled))
            check(room, "present-room-verdict")
        }
    }

    private func check(_ state: AppState, _ name: String) {
        let problem = Snapshot.check(AppView.render(state), named: name)
        #expect(problem == nil, "\(problem ?? "")")
    }
}

extension MouseEvent {
    fileprivate func atRow(_ row: Int) -> MouseEvent { MouseEvent(kind, column: column, row: row) }
}

extension PresentState {
    fileprivate mutating func stepForTest() {
        var app = PresentFixtures.app(Size(width: 80, height: 24), present: self)
        app.apply(.present(.stepped(1)))
        if let present = app.present { self = present }
    }

    fileprivate mutating func followForTest(_ report: RoomReport) {
        var app = PresentFixtures.app(Size(width: 80, height: 24), present: self)
        app.apply(.present(.roomChanged(report)))
        if let present = app.present { self = present }
    }
}
