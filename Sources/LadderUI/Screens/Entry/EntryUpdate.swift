import LadderCore

extension AppState {
    /// The entry part of `apply`: typing, and keeping or dropping the text.
    mutating func applyEntry(_ action: EntryAction) {
        guard var entry else { return }
        switch action {
        case .typed(let character): entry.type(character)
        case .pasted(let text): entry.paste(text)
        case .erased: entry.erase()
        case .cleared: entry.clear()
        case .cancelled:
            self.entry = nil
            return
        case .committed:
            self.entry = nil
            keep(entry)
            return
        case .cardStepped(let step):
            stepNote(entry, by: step)
            return
        }
        self.entry = entry
    }

    /// Opens the note editor on the summary's chosen card, else on the card
    /// just sorted (the one the feedback line is about) or, before any
    /// sort, on the card up now. ↑ and ↓ then reach any other card.
    mutating func startNote() {
        guard let triage,
            let index = triage.chosenSummaryCard ?? triage.session.lastSortedIndex
                ?? triage.session.currentIndex
        else { return }
        entry = TextEntry(target: .note(card: index), text: triage.session.note(at: index) ?? "")
    }

    /// Keeps the note being typed (when it changed) and opens the editor on
    /// the card sorted `step` places before or after it (the card up now
    /// comes after the last sorted one), saying so at either end.
    private mutating func stepNote(_ entry: TextEntry, by step: Int) {
        guard case .note(let card) = entry.target, let session = triage?.session else { return }
        let order = session.notableOrder
        guard let place = order.firstIndex(of: card), order.indices.contains(place + step) else {
            showFlash(
                step < 0 ? "No card was sorted before this one" : "No card comes after this one", role: .muted
            )
            return
        }
        if entry.text != (session.note(at: card) ?? "") { keep(entry) }
        let next = order[place + step]
        self.entry = TextEntry(target: .note(card: next), text: triage?.session.note(at: next) ?? "")
    }

    /// Opens the answer editor on the open chapter's first unanswered
    /// prompt, or its first when all are answered.
    mutating func startReflection() {
        let prompts =
            reader.notesChapter == nil ? ReflectionPrompt.prompts(in: module, chapter: reader.chapter) : []
        guard let prompt = prompts.first(where: { reflections[$0.id] == nil }) ?? prompts.first else {
            showFlash("This chapter has no reflection prompts", role: .muted)
            return
        }
        entry = TextEntry(target: .reflection(prompt), text: reflections[prompt.id]?.text ?? "")
    }

    /// Keeps what `entry` holds where it belongs.
    private mutating func keep(_ entry: TextEntry) {
        switch entry.target {
        case .note(let card):
            guard var triage else { return }
            self.triage = nil
            triage.changeSession { $0.setNote(entry.text, at: card) }
            self.triage = triage
            effects.append(.triageChanged)
            showFlash(CardTextLine.isBlank(entry.text) ? "Note removed" : "Note kept", role: .muted)
        case .reflection(let prompt):
            if CardTextLine.isBlank(entry.text) {
                reflections[prompt.id] = nil
            } else {
                reflections[prompt.id] = ReflectionAnswer(prompt: prompt.text, text: entry.text)
            }
            let left = ReflectionPrompt.prompts(in: module, chapter: prompt.chapter)
                .filter { reflections[$0.id] == nil }.count
            showFlash(left > 0 ? "Answer kept; a again for the next prompt" : "Answer kept", role: .muted)
        }
    }
}

/// Whether typed text has anything but spaces.
enum CardTextLine {
    /// True when `text` is empty or only whitespace.
    static func isBlank(_ text: String) -> Bool { text.allSatisfy(\.isWhitespace) }
}
