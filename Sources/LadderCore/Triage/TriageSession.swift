import FoundationEssentials

/// A backlog triage in progress: which card is up, what went on which pile,
/// and the history to undo and redo. A value that never reads the clock:
/// every time comes in as an argument.
///
/// Cards come up in deck order; a skipped card goes to the back of the
/// queue. Sorting, skipping, undo and redo are O(1) (amortised), so a
/// 10,000-card backlog stays instant. Reveals are counted but not undone.
public struct TriageSession: Equatable, Sendable {
    /// The deck being sorted.
    public private(set) var deck: Deck
    /// The deck's identity, saved with the session.
    public private(set) var fingerprint: DeckFingerprint
    /// What happened to each card, in deck order.
    public internal(set) var records: [CardRecord]
    /// When the current card was shown.
    public internal(set) var shownAt: Date

    /// Deck indices; the unsorted cards are `queue[head...]`, in turn order.
    var queue: [Int]
    /// The position of the current card in `queue`.
    var head: Int
    /// Deck indices on the "feels productive" pile, in placement order.
    var productivePile: [Int]
    /// Deck indices on the "advances you" pile, in placement order.
    var advancesPile: [Int]
    /// Moves that can be undone, oldest first.
    var history: [TriageMove]
    /// Undone moves that can be redone, the next one last.
    var future: [TriageMove]
    /// Sorted cards that agree with the lesson's verdict.
    var agreedCount: Int
    /// Sorted cards that carry a lesson verdict and were not peeked at.
    var judgedCount: Int
    /// Sorted cards that carry a lesson verdict and were peeked at.
    var peekedCount: Int
    /// True when the lesson's answers may be shown: the reason on request and
    /// a line of feedback after each sort. A workshop turns it off to hide
    /// the answers; reveals are then refused.
    public var showsFeedback: Bool
    /// Cards in the deck that carry a lesson verdict.
    let lessonVerdictCount: Int
    /// Deck index by card id, built when first asked.
    let indexByID: DeckIDIndex

    /// A fresh session over `deck`, its first card shown at `startedAt`.
    public init(deck: Deck, startedAt: Date) {
        self.init(deck: deck, queue: Array(deck.cards.indices), shownAt: startedAt)
    }

    /// A session with empty piles and history over `queue`.
    init(deck: Deck, queue: [Int], shownAt: Date) {
        self.deck = deck
        fingerprint = DeckFingerprint(deck: deck)
        records = Array(repeating: CardRecord(), count: deck.cards.count)
        self.shownAt = shownAt
        self.queue = queue
        head = 0
        productivePile = []
        advancesPile = []
        history = []
        future = []
        agreedCount = 0
        judgedCount = 0
        peekedCount = 0
        showsFeedback = true
        var verdicts = 0
        for position in deck.cards.indices where deck.cards[position].verdict != nil {
            verdicts += 1
        }
        lessonVerdictCount = verdicts
        indexByID = DeckIDIndex(cards: deck.cards)
    }

    /// The deck index of the card up now, nil when every card is sorted.
    public var currentIndex: Int? { head < queue.count ? queue[head] : nil }

    /// The card up now, nil when every card is sorted.
    public var current: Card? { currentIndex.map { deck.cards[$0] } }

    /// True when every card is on a pile.
    public var isFinished: Bool { head >= queue.count }

    /// Cards sorted so far and cards in all, for "N/M sorted".
    public var progress: (sorted: Int, total: Int) {
        (productivePile.count + advancesPile.count, deck.cards.count)
    }

    /// Cards not yet on a pile.
    public var remaining: Int { queue.count - head }

    /// True when the current card's answer has been revealed at least once.
    public var isCurrentRevealed: Bool { currentIndex.map { records[$0].reveals > 0 } ?? false }

    /// True when there is a move to undo.
    public var canUndo: Bool { !history.isEmpty }

    /// True when there is an undone move to redo.
    public var canRedo: Bool { !future.isEmpty }

    /// Puts the current card on `verdict`'s pile at `date`; the next card is
    /// shown at `date`. Clears the redo history. Does nothing when finished.
    public mutating func sort(_ verdict: Verdict, at date: Date) {
        guard let card = currentIndex else { return }
        record(.sorted(card: card, verdict: verdict, shownAt: shownAt, at: date))
    }

    /// Sends the current card to the back of the queue at `date`. Clears the
    /// redo history. Does nothing when finished.
    public mutating func skip(at date: Date) {
        guard let card = currentIndex else { return }
        record(.skipped(card: card, shownAt: shownAt, at: date))
    }

    /// Counts a reveal of the current card's answer at `date`: a peek, which
    /// leaves the card out of agreement. Returns false (and counts nothing)
    /// when finished or when answers are hidden.
    @discardableResult
    public mutating func reveal(at date: Date) -> Bool {
        guard let card = currentIndex, showsFeedback else { return false }
        records[card].reveals += 1
        records[card].peeked = true
        if records[card].firstRevealedAt == nil { records[card].firstRevealedAt = date }
        return true
    }

    /// Restarts the current card's clock at `date`, so time spent away (say,
    /// between quitting and resuming) is not counted as thinking time.
    public mutating func markShown(at date: Date) {
        shownAt = date
    }

    /// Takes back the last sort or skip; the card it moved is current again
    /// with its original shown time. Returns false when there is nothing to undo.
    @discardableResult
    public mutating func undo() -> Bool {
        guard let move = history.popLast() else { return false }
        guard revert(move) else {
            history.removeAll()
            return false
        }
        future.append(move)
        return true
    }

    /// Makes the last undone move again, with its original times. Returns
    /// false when there is nothing to redo.
    @discardableResult
    public mutating func redo() -> Bool {
        guard let move = future.popLast() else { return false }
        guard apply(move) else {
            future.removeAll()
            return false
        }
        history.append(move)
        return true
    }

    /// Makes a new move and clears the redo history.
    private mutating func record(_ move: TriageMove) {
        guard apply(move) else { return }
        history.append(move)
        future.removeAll()
    }

    /// Makes `move`; false (and no change) when it does not fit the state.
    private mutating func apply(_ move: TriageMove) -> Bool {
        guard currentIndex == move.card else { return false }
        switch move {
        case .sorted(let card, let verdict, let shown, let date):
            head += 1
            appendToPile(verdict, card)
            records[card].placed = verdict
            records[card].timeTaken = max(0, date.timeIntervalSince(shown))
            records[card].decidedAt = date
            tally(card, verdict, by: 1)
            shownAt = date
        case .skipped(let card, _, let date):
            queue.append(card)
            head += 1
            records[card].skips += 1
            shownAt = date
        }
        return true
    }

    /// Takes `move` back; false (and no change) when it does not fit the state.
    private mutating func revert(_ move: TriageMove) -> Bool {
        guard head > 0, queue[head - 1] == move.card else { return false }
        switch move {
        case .sorted(let card, let verdict, let shown, _):
            guard removeLastFromPile(verdict, card) else { return false }
            head -= 1
            records[card].placed = nil
            records[card].timeTaken = nil
            records[card].decidedAt = nil
            tally(card, verdict, by: -1)
            // Its feedback showed the answer: sorting it again is not a blind call.
            if showsFeedback, deck.cards[card].verdict != nil { records[card].peeked = true }
            shownAt = shown
        case .skipped(let card, let shown, _):
            guard queue.last == card, queue.count > head else { return false }
            queue.removeLast()
            head -= 1
            records[card].skips -= 1
            shownAt = shown
        }
        records[move.card].undos += 1
        return true
    }

    /// Adds `card` to `verdict`'s pile.
    private mutating func appendToPile(_ verdict: Verdict, _ card: Int) {
        switch verdict {
        case .productive: productivePile.append(card)
        case .advances: advancesPile.append(card)
        }
    }

    /// Removes `card` from the top of `verdict`'s pile; false when it is not there.
    private mutating func removeLastFromPile(_ verdict: Verdict, _ card: Int) -> Bool {
        switch verdict {
        case .productive:
            guard productivePile.last == card else { return false }
            productivePile.removeLast()
        case .advances:
            guard advancesPile.last == card else { return false }
            advancesPile.removeLast()
        }
        return true
    }

    /// Adjusts the agreement counters for `card` placed on `verdict`; a
    /// peeked card counts only as peeked.
    private mutating func tally(_ card: Int, _ verdict: Verdict, by step: Int) {
        guard let lesson = deck.cards[card].verdict else { return }
        if records[card].peeked {
            peekedCount += step
            return
        }
        judgedCount += step
        if lesson == verdict { agreedCount += step }
    }
}
