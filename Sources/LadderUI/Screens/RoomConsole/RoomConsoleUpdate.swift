import FoundationEssentials
import LadderCore

/// What the facilitator or the world did to the console.
public enum RoomConsoleAction: Equatable, Sendable {
    /// A command for the round: start, pause, extend, lock, unlock.
    case command(RoomCommand)
    /// `l`: lock the round, or unlock it when locked.
    case lockToggled
    /// `r`: ask to reveal the verdicts (a second question confirms).
    case revealAsked
    /// The answer to the reveal's question.
    case revealAnswered(Bool)
    /// The card list scrolled by a number of lines.
    case scrolled(Int)
    /// The card list jumped to its first or last line.
    case scrolledToEnd(Bool)
    /// A click on a participant in the strip, by their place in it.
    case personClicked(Int)
    /// A click on a line of the card list, by its place in the list.
    case lineClicked(Int)
    /// Time passed.
    case ticked(Date)
    /// The terminal changed size.
    case resized(Size)
    /// The results folder changed: the new report.
    indirect case reportChanged(RoomReport)
    /// The control file was written.
    case controlSaved
    /// Writing the control file failed.
    case controlNotSaved(String)
}

extension RoomConsoleState {
    /// Applies `action`; returns what the status bar should say, if anything.
    public mutating func apply(_ action: RoomConsoleAction) -> String? {
        switch action {
        case .ticked(let date): now = date
        case .resized(let newSize):
            size = newSize
            scroll = min(scroll, maxScroll)
        case .reportChanged(let newReport):
            report = newReport
            scroll = min(scroll, maxScroll)
        case .controlSaved: controlChanged = false
        case .controlNotSaved(let reason): return "could not write the control file: \(reason)"
        case .command(let roomCommand): return command(roomCommand)
        case .lockToggled: return command(control.lockedAt == nil ? .lock : .unlock)
        case .revealAsked:
            guard !control.isRevealed else { return "already revealed: the round is over" }
            confirmingReveal = true
            return "reveal the verdicts to everyone and lock the round? y / n"
        case .revealAnswered(let yes):
            confirmingReveal = false
            return yes ? command(.reveal) : "not revealed"
        case .scrolled(let lines): scroll = min(maxScroll, max(0, scroll + lines))
        case .scrolledToEnd(let bottom): scroll = bottom ? maxScroll : 0
        case .personClicked(let index): return personText(index)
        case .lineClicked(let index): return lineText(index)
        }
        return nil
    }

    private mutating func command(_ command: RoomCommand) -> String {
        if let reason = refusal(of: command) { return reason }
        let resumes = control.timer?.hasStarted == true
        guard control.apply(command, at: now) else { return "nothing to change" }
        controlChanged = true
        switch command {
        case .start: return resumes ? "resumed" : "started"
        case .pause: return "paused"
        case .extend: return "a minute more"
        case .lock: return "locked: nobody can sort"
        case .unlock: return "unlocked"
        case .reveal: return "revealed: every participant sees the lesson's verdicts"
        }
    }

    /// A participant's progress in words.
    private func personText(_ index: Int) -> String? {
        guard report.participants.indices.contains(index) else { return nil }
        let person = report.participants[index]
        let agreement =
            person.judged > 0 ? ", agreed with the lesson on \(person.agreed) of \(person.judged)" : ""
        let done = person.finished ? ", finished" : ""
        return "\(person.name): \(person.sorted) of \(report.deck.cardCount) sorted\(done)\(agreement)"
    }

    /// A card's split, or a note, in words.
    private func lineText(_ index: Int) -> String? {
        let lines = listLines
        guard lines.indices.contains(index) else { return nil }
        switch lines[index] {
        case .card(let card):
            return "\(card.title): \(card.productive) feel productive, \(card.advances) advance you, "
                + "\(card.unsorted) not sorted yet"
        case .note(let note): return "\(note.name): \(note.text)"
        }
    }
}

extension AppState {
    /// The console part of `apply`: its message, if any, goes to the status bar.
    mutating func applyRoom(_ action: RoomConsoleAction) {
        guard var room else { return }
        let message = room.apply(action)
        self.room = room
        if let message { showFlash(message, role: .accent) }
    }
}
