import LadderTerminal
import Testing

@Suite struct TerminalErrorTests {
    @Test func suggestsPlainOutput() {
        #expect(TerminalError.notATerminal.description.contains("--plain"))
        #expect(TerminalError.unknownTerminal("xyz").description.contains("xyz"))
    }
}
