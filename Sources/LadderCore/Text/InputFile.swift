import FoundationEssentials
import Glibc

/// Reads a file the user named (a lesson, a deck, a theme) and says in plain
/// words why it cannot be used: missing, a folder, a pipe or device, not
/// permitted, too large, or not UTF-8 (with the first bad line).
public enum InputFile {
    /// The bytes of the regular file at `url`, at most `maximumSize` of them.
    /// `what` names what was expected, as in "a lesson file".
    public static func data(at url: URL, expecting what: String, maximumSize: Int) throws(InputError) -> Data
    {
        let path = url.path
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw InputError(file: path, "\(reason(errno)); expected \(what)", kind: .noInput)
        }
        let type = info.st_mode & S_IFMT
        guard type == S_IFREG else {
            throw InputError(file: path, "\(describe(type)), not a file; expected \(what)", kind: .noInput)
        }
        guard Int(info.st_size) <= maximumSize else {
            throw InputError(
                file: path, "the file is larger than \(sizeText(maximumSize)); expected \(what)")
        }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else {
            throw InputError(file: path, "\(reason(errno)); expected \(what)", kind: .noInput)
        }
        defer { close(descriptor) }
        // One buffer the size the file claims, grown only if it grows meanwhile.
        var data = Data(count: max(Int(info.st_size), 4096) + 1)
        var filled = 0
        while filled <= maximumSize {
            if filled == data.count { data.count = min(data.count * 2, maximumSize + 1) }
            let count = data.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress.map { $0 + filled }, buffer.count - filled)
            }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else {
                throw InputError(file: path, "\(reason(errno)) while reading", kind: .ioFailure)
            }
            if count == 0 { break }
            filled += count
        }
        guard filled <= maximumSize else {
            throw InputError(file: path, "the file is larger than \(sizeText(maximumSize)); expected \(what)")
        }
        data.count = filled
        return data
    }

    /// `data` as UTF-8 text, or an error naming the first line that is not.
    public static func text(_ data: Data, file: String, expecting what: String) throws(InputError) -> String {
        if let text = String(validating: data, as: UTF8.self) { return text }
        var line = 1
        for chunk in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            if String(validating: chunk, as: UTF8.self) == nil { break }
            line += 1
        }
        throw InputError(file: file, line: line, "is not UTF-8 text; expected \(what) saved as UTF-8")
    }

    private static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: "no such file"
        case EACCES, EPERM: "permission denied"
        case ENOTDIR: "a folder in the path is a file"
        case ELOOP: "too many symbolic links"
        case ENAMETOOLONG: "the name is too long"
        default: String(cString: strerror(code)).lowercased()
        }
    }

    private static func describe(_ type: mode_t) -> String {
        switch type {
        case S_IFDIR: "a folder"
        case S_IFIFO: "a pipe"
        case S_IFCHR, S_IFBLK: "a device"
        case S_IFSOCK: "a socket"
        default: "a special file"
        }
    }

    private static func sizeText(_ bytes: Int) -> String {
        bytes >= 1_048_576 ? "\(bytes / 1_048_576) MB" : "\(bytes / 1024) KB"
    }
}
