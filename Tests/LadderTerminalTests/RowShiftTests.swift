import LadderCore
import LadderUI
import Testing

@testable import LadderTerminal

@Suite struct RowShiftTests {
    /// A layer `width` wide whose rows read `rows`.
    private func cells(_ rows: [String], width: Int = 6) -> [Cell] {
        var layer = Layer(rect: Rect(x: 0, y: 0, width: width, height: rows.count))
        for (y, text) in rows.enumerated() { layer.write(text, x: 0, y: y, role: .text) }
        return layer.cells
    }

    private func shift(_ old: [String], _ new: [String]) -> RowShift? {
        RowShift.find(
            from: RowShift.fingerprints(of: cells(old), width: 6),
            to: RowShift.fingerprints(of: cells(new), width: 6))
    }

    @Test func aLineScrolledUpUnderAChangedHeaderIsOneShift() {
        let old = ["10%", "a", "b", "c", "d", "e", "keys"]
        let new = ["12%", "b", "c", "d", "e", "f", "keys"]
        let found = shift(old, new)
        #expect(found == RowShift(top: 1, bottom: 5, lines: 1))
        // Rows 1...4 show what rows 2...5 showed; row 5 is brought in; the rest stay.
        #expect((0..<7).map { found?.source(of: $0) } == [0, 2, 3, 4, 5, nil, 6])
    }

    @Test func linesScrolledDownAreANegativeShift() {
        let old = ["head", "c", "d", "e", "f", "g", "keys"]
        let new = ["head", "a", "b", "c", "d", "e", "keys"]
        let found = shift(old, new)
        #expect(found == RowShift(top: 1, bottom: 5, lines: -2))
        #expect((0..<7).map { found?.source(of: $0) } == [0, nil, nil, 1, 2, 3, 6])
    }

    @Test func aNewPageOrAnUnchangedScreenIsNoShift() {
        #expect(shift(["h", "a", "b", "c", "d", "k"], ["h", "e", "f", "g", "i", "k"]) == nil)
        #expect(shift(["h", "a", "b", "c", "d", "k"], ["h", "a", "b", "c", "d", "k"]) == nil)
        // Two rows moved are not worth a shift.
        #expect(shift(["h", "a", "b", "x", "y", "k"], ["h", "b", "z", "w", "v", "k"]) == nil)
    }

    @Test func fingerprintsTellRolesAttributesAndHalvesApart() {
        var plain = Layer(rect: Rect(x: 0, y: 0, width: 4, height: 4))
        plain.write("ab", x: 0, y: 0, role: .text)
        plain.write("ab", x: 0, y: 1, role: .accent)
        plain.write("ab", x: 0, y: 2, role: .text, attributes: [.bold])
        plain.write("ab", x: 0, y: 3, role: .text)
        let rows = RowShift.fingerprints(of: plain.cells, width: 4)
        #expect(Set(rows).count == 3)
        #expect(rows[0] == rows[3])
    }
}
