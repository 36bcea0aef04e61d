import Synchronization

/// Graphemes as numbers, so that a cell is plain data. A grapheme of one
/// scalar (nearly every one) is that scalar's value; a longer cluster (an
/// emoji sequence, a letter with combining marks) is numbered in a table
/// shared by the process, from `clusterBase` up, the first time it is seen.
public enum GraphemeCode {
    /// Codes from here up name clusters; below it, scalar values.
    public static let clusterBase: UInt32 = 0x8000_0000

    private static let clusters = Mutex(Table())

    private struct Table {
        var characters: [Character] = []
        var codes: [Character: UInt32] = [:]
    }

    /// The code of `character`.
    public static func of(_ character: Character) -> UInt32 {
        // ASCII first: one UTF-8 byte is the whole grapheme ("\r\n" is two).
        let utf8 = character.utf8
        if utf8.count == 1, let byte = utf8.first { return UInt32(byte) }
        let scalars = character.unicodeScalars
        if let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex {
            return first.value
        }
        return clusters.withLock { table in
            if let code = table.codes[character] { return code }
            let code = clusterBase + UInt32(table.characters.count)
            table.characters.append(character)
            table.codes[character] = code
            return code
        }
    }

    /// The code of one ASCII byte, which is its own scalar value.
    @inlinable public static func of(ascii byte: UInt8) -> UInt32 { UInt32(byte) }

    /// The grapheme a code stands for (a space for a code never given out).
    public static func character(_ code: UInt32) -> Character {
        if code < clusterBase {
            return Unicode.Scalar(code).map(Character.init) ?? " "
        }
        return clusters.withLock { table in
            let index = Int(code - clusterBase)
            return table.characters.indices.contains(index) ? table.characters[index] : " "
        }
    }

    /// The scalars of the grapheme a code stands for.
    public static func scalars(_ code: UInt32) -> [Unicode.Scalar] {
        if code < clusterBase { return Unicode.Scalar(code).map { [$0] } ?? [" "] }
        return Array(character(code).unicodeScalars)
    }
}
