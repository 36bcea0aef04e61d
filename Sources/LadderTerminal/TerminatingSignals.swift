import CLadderSignals

/// SIGTERM, SIGHUP and SIGINT noted instead of ending the process, for a
/// loop other than the full screen's (the plain triage), so it can save
/// before it stops: install once, wait on `wakeDescriptor` beside the
/// input, and take the signal noted.
public enum TerminatingSignals {
    /// Installs the handlers (no terminal to restore).
    public static func install() { ladder_signals_install(nil) }

    /// A descriptor that becomes readable when a signal arrives; -1 before `install`.
    public static var wakeDescriptor: Int32 { ladder_signals_wake_fd() }

    /// The terminating signal noted since the last call, nil when none;
    /// empties the wake descriptor.
    public static func take() -> Int32? {
        ladder_signals_drain_wake()
        let signal = ladder_signals_take_terminating()
        return signal == 0 ? nil : signal
    }
}
