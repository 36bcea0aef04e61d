extension TriageBindings {
    /// `p` on the triage card: pauses or resumes a round's own clock (a
    /// room's clock is the facilitator's).
    static let pauseRound = Binding(
        "triage.pause-round", keys: [.character("p")],
        help: "pause or resume the clock of a round of your own",
        hintLabel: { $0.round?.isPaused(at: $0.now) == true ? "resume" : "pause" },
        when: { $0.round?.canPause(at: $0.now) == true },
        perKey: { _, _ in .roundPauseToggled })
}
