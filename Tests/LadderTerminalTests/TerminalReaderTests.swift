import Foundation
import LadderUI
import Testing

@testable import LadderTerminal

/// The reader's loop on a pipe instead of a terminal: bytes in, inputs out,
/// with the escape delay at zero so nothing waits on the clock.
@Suite struct TerminalReaderTests {
    /// A reader on a fresh pipe; write to `writeEnd`.
    final class Pipe {
        let readEnd: Int32
        /// The write end, or -1 once closed: closing it twice could close a
        /// descriptor another test running alongside has just opened.
        private(set) var writeEnd: Int32
        let reader: TerminalReader

        init() throws {
            var ends: [Int32] = [0, 0]
            try #require(pipe(&ends) == 0)
            readEnd = ends[0]
            writeEnd = ends[1]
            reader = TerminalReader(environment: ["ESCDELAY": "0"], input: readEnd)
        }

        deinit {
            close(readEnd)
            if writeEnd >= 0 { close(writeEnd) }
        }

        /// Closes the write end once, as a terminal that goes away would.
        func closeWriteEnd() {
            guard writeEnd >= 0 else { return }
            close(writeEnd)
            writeEnd = -1
        }

        func write(_ text: String) {
            let bytes = Array(text.utf8)
            _ = bytes.withUnsafeBytes { Foundation.write(writeEnd, $0.baseAddress, $0.count) }
        }

        func next(_ timeout: TimeInterval? = 0) -> TerminalInput {
            reader.next(waitingAtMost: timeout) { Size(width: 80, height: 24) }
        }
    }

    @Test func bytesWaitingAreDecodedOneInputAtATime() throws {
        let pipe = try Pipe()
        pipe.write("\u{1B}[4~j\u{1B}[<0;3;2M")
        #expect(pipe.next() == .key(.end))
        #expect(pipe.next() == .key(.character("j")))
        #expect(pipe.next() == .mouse(MouseEvent(.press(.left), column: 2, row: 1)))
        #expect(pipe.next() == .idle)
    }

    @Test func escapeAloneComesOnceTheDelayHasPassed() throws {
        let pipe = try Pipe()
        #expect(pipe.reader.escapeDelay == 0)
        pipe.write("\u{1B}")
        #expect(pipe.next(1) == .key(.escape))
    }

    @Test func aPasteWaitsForItsEndAcrossWrites() throws {
        let pipe = try Pipe()
        pipe.write("\u{1B}[200~ab")
        #expect(pipe.next() == .idle)
        pipe.write("c\u{1B}[201~")
        #expect(pipe.next() == .key(.paste("abc")))
    }

    @Test func aTerminalThatGoesAwayReadsAsAHangup() throws {
        let pipe = try Pipe()
        pipe.write("q")
        pipe.closeWriteEnd()
        #expect(pipe.next() == .key(.character("q")))
        #expect(pipe.next() == .signal(SIGHUP))
        #expect(pipe.next(nil) == .signal(SIGHUP))
    }

    @Test func escapeDelayComesFromTheEnvironment() {
        #expect(TerminalReader(environment: [:]).escapeDelay == 0.025)
        #expect(TerminalReader(environment: ["ESCDELAY": "100"]).escapeDelay == 0.1)
        #expect(TerminalReader(environment: ["ESCDELAY": "soon"]).escapeDelay == 0.025)
    }
}
