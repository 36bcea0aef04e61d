import Foundation
import LadderCore
import Testing

/// The state folder's lock: one holder at a time, free again when the
/// holder lets go, and the holder's process id for the message.
@Suite struct StateLockTests {
    private func folder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("ladder-lock-\(UUID().uuidString)")
    }

    @Test func aSecondOpeningIsBusyAndNamesTheHolder() throws {
        let folder = folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try holdAndCheck(folder)
        guard case .held = StateLock.acquire(folder: folder) else {
            Issue.record("the folder is free once the holder lets go")
            return
        }
    }

    /// Holds the folder for the length of the call and checks a second
    /// opening meanwhile.
    private func holdAndCheck(_ folder: URL) throws {
        guard case .held(let lock) = StateLock.acquire(folder: folder) else {
            Issue.record("the first opening holds the folder, created on the way")
            return
        }
        guard case .busy(let holder) = StateLock.acquire(folder: folder) else {
            Issue.record("a second opening must find the folder busy")
            return
        }
        #expect(holder == getpid())
        let attributes = try FileManager.default.attributesOfItem(
            atPath: folder.appendingPathComponent(StateLock.fileName).path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        withExtendedLifetime(lock) {}
    }

    @Test func theReasonSaysWhatToDo() {
        let reason = StateLock.busyReason(holder: 4242)
        #expect(
            reason.contains("process 4242") && reason.contains("read-only")
                && reason.contains("quit that one"))
    }
}

/// A run that must write nothing gives the lock up without a trace.
@Suite struct StateLockAbandonTests {
    @Test func abandoningRemovesTheLockAndAFolderItMade() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "ladder-lock-\(UUID().uuidString)")
        guard case .held(let lock) = StateLock.acquire(folder: folder) else {
            Issue.record("a fresh folder is free")
            return
        }
        lock.abandon()
        #expect(!FileManager.default.fileExists(atPath: folder.path), "the folder it made is gone")
    }
}
