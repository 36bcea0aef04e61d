import FoundationEssentials
import Glibc

/// The two steps every durable write shares: writing all the bytes to a
/// descriptor (through short writes and interrupts) and flushing a folder's
/// entries after a rename. `AtomicFile` (state) and `DurableFile` (rooms)
/// both build on them.
enum DiskWrite {
    /// Writes all of `data` to `descriptor`; false on an error.
    static func all(_ data: Data, to descriptor: Int32) -> Bool {
        data.withUnsafeBytes { buffer -> Bool in
            guard let base = buffer.baseAddress else { return buffer.isEmpty }
            var offset = 0
            while offset < buffer.count {
                let count = Glibc.write(descriptor, base + offset, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += count
            }
            return true
        }
    }

    /// Flushes a folder's entries (a rename or a new file) to disk; a file
    /// system that cannot do this is left to its own guarantees.
    static func syncFolder(_ folder: URL) {
        let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }
}
