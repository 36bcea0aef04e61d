/// The order a room's cards come up in, the same for every participant:
/// a Fisher–Yates shuffle of the deck's indices driven by `SplitMix64`.
public enum SeededOrder {
    /// The largest seed accepted: 2^53 - 1, so a seed written as a JSON
    /// number survives tools that read numbers as doubles.
    public static let largestSeed: UInt64 = (1 << 53) - 1

    /// The deck indices `0..<count` in the order the seed gives.
    public static func indices(count: Int, seed: UInt64) -> [Int] {
        var order = Array(0..<max(0, count))
        guard order.count > 1 else { return order }
        var generator = SplitMix64(seed: seed)
        for position in stride(from: order.count - 1, to: 0, by: -1) {
            let other = Int(generator.next(below: UInt64(position + 1)))
            order.swapAt(position, other)
        }
        return order
    }
}
