import FoundationEssentials
import LadderCore

/// Something the user did, or something that happened to the app. `update`
/// turns state and an action into the next state.
public enum Action: Equatable, Sendable {
    /// The help's filter changed (typing while help is open).
    case helpFilter(HelpFilterEdit)
    /// The terminal changed size.
    case resized(Size)
    /// Time passed (for messages that fade and timers).
    case ticked(Date)
    /// The reader scrolled.
    case scrolled(Scroll)
    /// The selection in a list moved by a number of rows.
    case selectionMoved(Int)
    /// The selection jumped to the first or last row.
    case selectionJumped(toEnd: Bool)
    /// A chapter was opened in the reader.
    case chapterOpened(Int)
    /// A chapter of the built-in notes was opened in the reader, because
    /// the open lesson has no section for the chapter a link named.
    case notesChapterOpened(Int)
    /// The reader moved to the next (+1) or previous (-1) chapter.
    case chapterStepped(Int)
    /// `/` was pressed: start typing a search.
    case searchStarted
    /// A character was typed into the search prompt.
    case searchTyped(Character)
    /// Text pasted into the search prompt (line breaks become spaces).
    case searchPasted(String)
    /// Backspace in the search prompt.
    case searchErased
    /// Enter in the search prompt.
    case searchSubmitted
    /// Escape or Ctrl-C in the search prompt.
    case searchCancelled
    /// Ctrl-U in the search prompt: start the query again.
    case searchCleared
    /// `n` (+1) or `N` (-1): the next or previous match.
    case matchStepped(Int)
    /// `?`: show or hide help.
    case helpToggled
    /// Help scrolled by a number of lines.
    case helpScrolled(Int)
    /// Escape: close what is open, or go back a screen.
    case backRequested
    /// `q` or Ctrl-C.
    case quitRequested
    /// Tab, Shift-Tab or F1–F3: go to the contents, triage or the scorecard.
    case screenOpened(Screen)
    /// `t`: the next theme.
    case themeCycled
    /// The runner has news for the status bar (a warning at start).
    case flashed(String, Role)
    /// The runner wrote an export to this file.
    case exportFinished(URL)
    /// The runner could not write an export.
    case exportFailed(InputError)
    /// The runner could not save progress, the triage or the assessment.
    case saveFailed(InputError)
    /// Something done on the triage screen.
    case triage(TriageAction)
    /// Something done on the scorecard screen.
    case scorecard(ScorecardAction)
    /// Something done while typing a note or an answer.
    case entry(EntryAction)
    /// Esc on the first-run welcome: it closes.
    case welcomeClosed
    /// `a` in the reader: answer the open chapter's next reflection prompt.
    case reflectionStarted
    /// `p` on the triage in a round of one's own: pause or resume its clock.
    case roundPauseToggled
    /// Something done in a presentation.
    case present(PresentAction)
    /// Something done in the report browser.
    case reportBrowser(ReportBrowserAction)
    /// Something done on the facilitator's console.
    indirect case room(RoomConsoleAction)
}

/// How far the reader scrolls.
public enum Scroll: Equatable, Sendable {
    /// By lines (negative is up).
    case lines(Int)
    /// By pages (negative is up).
    case pages(Int)
    /// By half pages (negative is up).
    case halfPages(Int)
    /// To the top.
    case top
    /// To the bottom.
    case bottom
}
