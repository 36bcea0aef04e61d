extension TriageSession {
    /// A copy to write elsewhere (on another thread) while this session goes
    /// on changing: the per-card records, the one large array a key changes,
    /// are copied now, so that the next key does not have to copy them
    /// while the copy is still being written.
    public func detachedCopy() -> TriageSession {
        var copy = self
        copy.records = records.map { $0 }
        return copy
    }
}
