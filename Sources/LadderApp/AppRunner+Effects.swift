import FoundationEssentials
import LadderCore
import LadderUI

extension AppRunner {
    /// Does the work an update asked for, reporting results back as actions.
    mutating func perform(_ effects: [Effect]) {
        for effect in effects {
            let current = state
            switch effect {
            case .themeChanged(let name):
                backend.apply(theme: themes.theme(named: name))
                store.rememberTheme(name)
            case .triageChanged:
                store.triageDirty = true
            case .triageExportRequested:
                exportTriage(current)
            case .scorecardExportRequested:
                export("scorecard") { url throws(InputError) in try ScorecardOutput.write(current, to: url) }
            case .triageFinished:
                store.recordSnapshot(of: state, kind: .triage)
            case .assessmentChanged:
                store.assessmentDirty = true
            }
        }
    }

    /// Writes the triage report and, for a tracker's backlog, the backlog
    /// written back in its own format beside it (never over an existing file).
    private mutating func exportTriage(_ current: AppState) {
        guard let session = current.triage?.session else { return }
        let backlog = backlog
        var back: URL?
        export("triage") { url throws(InputError) in
            try TriageOutput.write(session: session, state: current, to: url)
            guard let backlog, backlog.canWriteBack else { return }
            let file = url.deletingPathExtension().appendingPathExtension(
                TrackerExport.fileExtension(for: backlog.format))
            guard !FileManager.default.fileExists(atPath: file.path) else {
                throw InputError(file: file.path, "a file of that name exists; expected a free name")
            }
            try TrackerExport.write(session: session, backlog: backlog, to: file)
            back = file
        }
        if let back {
            state.apply(
                .flashed(
                    "Exported to \(back.deletingPathExtension().path).{md,\(back.pathExtension)}", .success))
        }
    }

    /// Writes an export to a file of its own and reports how it went.
    private mutating func export(_ kind: String, _ write: (URL) throws(InputError) -> Void) {
        var reserved: URL?
        do {
            let url = try ExportFile.reserve(kind: kind, at: clock.now, in: exportFolder)
            reserved = url
            try write(url)
            state.apply(.exportFinished(url))
        } catch {
            if let reserved { ExportFile.release(reserved) }
            state.apply(.exportFailed(error))
        }
    }
}
