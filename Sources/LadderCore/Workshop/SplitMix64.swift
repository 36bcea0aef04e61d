/// A small, fast pseudo-random generator with a 64-bit state (Steele, Lea
/// and Flood's SplitMix64). Written here rather than borrowed from the
/// standard library so that a seed gives the same sequence on every
/// machine, every Swift version and every run: a room's card order must
/// not depend on which ladder a participant happens to run.
public struct SplitMix64: RandomNumberGenerator, Sendable, Equatable {
    private var state: UInt64

    /// A generator that starts from `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// A uniformly distributed number in `0..<bound` (0 when `bound` is 0),
    /// by rejection, so no value is favoured however large `bound` is.
    public mutating func next(below bound: UInt64) -> UInt64 {
        guard bound > 1 else { return 0 }
        // The largest multiple of `bound` that fits: draws at or above it
        // would favour the low values, so they are drawn again.
        let limit = UInt64.max - (UInt64.max % bound + 1) % bound
        while true {
            let value = next()
            if value <= limit { return value % bound }
        }
    }
}
