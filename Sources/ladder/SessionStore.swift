import Foundation
import LadderCore
import LadderUI

/// Everything the app keeps on disk, loaded once at start and saved when it
/// changed: reading progress, the triage session, the theme. Writes are atomic;
/// frequent changes (scrolling, sorting) are saved after a pause and at exit.
struct SessionStore {
    let location: StateLocation
    private(set) var progress: ProgressKeeper
    var triageDirty = false
    var assessmentDirty = false
    private var lastProgress: ReadingProgress?
    private var changedAt: Date?
    private(set) var problems: [InputError] = []

    init(location: StateLocation) {
        self.location = location
        progress = ProgressKeeper(folder: location.stateFolder)
    }

    /// Notes what changed in this update; chapter and screen changes are saved at once.
    mutating func noteChanges(_ state: AppState) {
        let now = state.progress
        defer { lastProgress = now }
        guard let before = lastProgress, before != now else { return }
        if before.chapter != now.chapter || before.finished != now.finished || before.screen != now.screen {
            saveProgress(state)
        } else {
            changedAt = changedAt ?? Date()
        }
    }

    /// Saves what changed once input has paused for a second.
    mutating func saveIfIdle(_ state: AppState) {
        guard triageDirty || assessmentDirty || changedAt != nil else { return }
        if let changedAt, Date().timeIntervalSince(changedAt) < 1 { return }
        _ = saveAll(state)
    }

    /// Saves everything that changed; returns what could not be saved.
    mutating func saveAll(_ state: AppState) -> [InputError] {
        saveProgress(state)
        if triageDirty, let session = state.triage?.session {
            do {
                try TriageStore.save(session, folder: location.stateFolder)
            } catch {
                problems.append(error)
            }
            triageDirty = false
        }
        let found = problems
        problems.removeAll()
        return found
    }

    /// Remembers the theme chosen last.
    mutating func rememberTheme(_ name: String) {
        do {
            try progress.recordTheme(name)
        } catch {
            problems.append(error)
        }
    }

    /// A finished deck's scorecard goes into the history.
    mutating func recordFinishedTriage(_ state: AppState) {
        triageDirty = true
    }

    private mutating func saveProgress(_ state: AppState) {
        let snapshot = state.progress
        do {
            try progress.record(snapshot, for: state.moduleKey)
        } catch {
            problems.append(error)
        }
        changedAt = nil
    }
}
