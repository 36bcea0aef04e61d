/// Every measurement of one run, by who was measured, what and at which size.
struct Results {
    /// One measured thing.
    struct Entry {
        var subject: String
        var measure: String
        var size: String
        var series: Series
        /// Peak resident memory of each sample's process, KiB.
        var memoryKiB: [Int] = []
        /// Samples that produced no output at all (not in `series`).
        var silent = 0

        /// The median peak memory in MB.
        var memoryMB: Double? {
            memoryKiB.isEmpty ? nil : Series.quantile(memoryKiB.map(Double.init), 0.5) / 1024
        }
    }

    private(set) var entries: [Entry] = []

    /// Adds an entry, replacing one with the same subject, measure and size.
    mutating func add(_ entry: Entry) {
        entries.removeAll {
            $0.subject == entry.subject && $0.measure == entry.measure && $0.size == entry.size
        }
        entries.append(entry)
    }

    /// The entry for `subject`, `measure` and `size`, if measured.
    func entry(_ subject: String, _ measure: String, _ size: String) -> Entry? {
        entries.first { $0.subject == subject && $0.measure == measure && $0.size == size }
    }
}
