import Foundation

extension TmuxDriver {
    /// Sends raw bytes to the program, as a terminal would for a key or a
    /// mouse report tmux cannot name (`send-keys -H`).
    public func sendBytes(_ text: String) throws {
        try run(["send-keys", "-t", session, "-H"] + text.utf8.map { String($0, radix: 16) })
    }

    /// Pastes `text` as tmux does: bracketed when the program asked for it.
    public func paste(_ text: String) throws {
        try run(["set-buffer", "--", text])
        try run(["paste-buffer", "-p", "-t", session])
    }

    /// The process id of the program started in the window (the shell's child).
    public func programID() throws -> pid_t? {
        let shell = try paneValue("#{pane_pid}")
        let children = try Subprocess.run("/usr/bin/pgrep", ["-P", shell]).output
        return children.split(separator: "\n").first.flatMap { pid_t($0) }
    }
}
