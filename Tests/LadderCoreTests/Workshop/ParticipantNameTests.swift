import LadderCore
import Testing

@Suite struct ParticipantNameTests {
    @Test func namesAreCleanedAndCollapsed() throws {
        #expect(try ParticipantName("  Ana   María ").display == "Ana María")
        #expect(try ParticipantName("Bo\u{1B}[31mb\u{07}").display == "Bob")
        #expect(try ParticipantName("Zoë\tK").display == "Zoë K")
        let long = try ParticipantName(String(repeating: "x", count: 80))
        #expect(long.display.count == ParticipantName.maximumLength)
    }

    @Test func emptyOrLetterlessNamesAreRefused() {
        #expect(throws: ParticipantNameError.empty) { try ParticipantName("   ") }
        #expect(throws: ParticipantNameError.empty) { try ParticipantName("\u{1B}[2J") }
        #expect(throws: ParticipantNameError.noLetters) { try ParticipantName("--- !!") }
    }

    @Test func caseAndSpacingMakeTheSameNameButLookalikesDoNot() throws {
        let ana = try ParticipantName("Ana")
        #expect(ana.key == (try ParticipantName(" ana ")).key)
        #expect(ana.fileStem == (try ParticipantName("ANA")).fileStem)
        #expect(ana.fileStem.hasPrefix("ana-"))
        let zoe = try ParticipantName("Zoe")
        let zoeDots = try ParticipantName("Zoë")
        #expect(zoe.fileStem != zoeDots.fileStem, "names that slug alike still get their own file")
        #expect(
            try ParticipantName("../../etc/passwd").fileStem.allSatisfy {
                $0.isLetter || $0.isNumber || $0 == "-"
            })
        #expect(try ParticipantName("李雷").fileStem.hasPrefix("participant-"))
    }
}
