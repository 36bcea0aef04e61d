import LadderUI

/// A band of rows that moved up or down between two frames (the reader
/// scrolled a line, a list moved), which the screen can shift in place so
/// that only the rows brought in are drawn again.
struct RowShift: Equatable {
    /// The first and last row of the region that shifts, inclusive.
    var top: Int
    var bottom: Int
    /// How far the region's content moved up: positive up, negative down
    /// (the count ncurses's `wscrl` takes).
    var lines: Int

    /// The shortest run of moved rows worth shifting.
    static let shortestRun = 3

    /// The longest run of rows of `new` that `old` held `lines` rows lower
    /// (or higher), for any shift up to `farthest` rows, compared by the
    /// rows' fingerprints; nil when no run is long enough.
    static func find(from old: [UInt64], to new: [UInt64], farthest: Int = 8) -> RowShift? {
        guard old.count == new.count else { return nil }
        var best: RowShift?
        var bestRun = shortestRun - 1
        for distance in 1...max(1, farthest) {
            for lines in [distance, -distance] {
                guard let (start, run) = longestRun(old, new, moved: lines), run > bestRun else { continue }
                bestRun = run
                // Up: new rows start..<start+run came from start+lines...; down: from start-distance...
                best =
                    lines > 0
                    ? RowShift(top: start, bottom: start + run - 1 + lines, lines: lines)
                    : RowShift(top: start + lines, bottom: start + run - 1, lines: lines)
            }
        }
        return best
    }

    /// The longest run of rows `y` where `new[y] == old[y + moved]`, as its
    /// first row and length.
    private static func longestRun(_ old: [UInt64], _ new: [UInt64], moved: Int) -> (Int, Int)? {
        var best: (Int, Int)?
        var start = 0
        var run = 0
        for y in new.indices {
            let source = y + moved
            if source >= 0, source < old.count, new[y] == old[source], new[y] != old[y] || run > 0 {
                if run == 0 { start = y }
                run += 1
                if run > (best?.1 ?? 0) { best = (start, run) }
            } else {
                run = 0
            }
        }
        return best
    }

    /// The row of the frame before the shift that row `y` shows after it;
    /// nil for a row the shift brought in blank.
    func source(of y: Int) -> Int? {
        guard y >= top, y <= bottom else { return y }
        let from = y + lines
        return from >= top && from <= bottom ? from : nil
    }

    /// A fingerprint of each row of `cells`, `width` cells a row: equal rows
    /// have equal fingerprints (unequal ones almost always differ).
    static func fingerprints(of cells: [Cell], width: Int) -> [UInt64] {
        guard width > 0 else { return [] }
        var rows: [UInt64] = []
        rows.reserveCapacity(cells.count / width)
        Cell.withWords(of: cells) { words in
            var index = 0
            while index + width <= words.count {
                var hash: UInt64 = 0xCBF2_9CE4_8422_2325
                for offset in index..<(index + width) { hash = (hash ^ words[offset]) &* 0x100_0000_01B3 }
                rows.append(hash)
                index += width
            }
        }
        return rows
    }
}
