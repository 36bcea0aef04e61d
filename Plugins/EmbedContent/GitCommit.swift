import Foundation

/// The commit a checkout is at, read from the files under `.git` (no `git`
/// process): HEAD, the branch's loose ref or `packed-refs`, and a worktree's
/// `gitdir:` pointer. Nil outside a git checkout.
struct GitCommit {
    /// The full commit id.
    let id: String
    /// The files that decide it, so the build reruns when they change.
    let sources: [URL]

    init?(package: URL) {
        guard let gitDir = Self.gitDirectory(of: package) else { return nil }
        let common = Self.commonDirectory(of: gitDir)
        let head = gitDir.appending(path: "HEAD")
        guard let headText = Self.firstLine(of: head) else { return nil }
        guard headText.hasPrefix("ref: ") else {
            guard Self.isCommitId(headText) else { return nil }
            self.id = headText
            self.sources = [head]
            return
        }
        let ref = String(headText.dropFirst(5))
        for folder in [gitDir, common] {
            let loose = folder.appending(path: ref)
            if let value = Self.firstLine(of: loose), Self.isCommitId(value) {
                self.id = value
                self.sources = [head, loose]
                return
            }
        }
        let packed = common.appending(path: "packed-refs")
        guard let text = try? String(contentsOf: packed, encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasSuffix(" " + ref) {
            let value = String(line.prefix(while: { $0 != " " }))
            if Self.isCommitId(value) {
                self.id = value
                self.sources = [head, packed]
                return
            }
        }
        return nil
    }

    private static func gitDirectory(of package: URL) -> URL? {
        let dotGit = package.appending(path: ".git")
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dotGit.path, isDirectory: &isFolder) else { return nil }
        if isFolder.boolValue { return dotGit }
        guard let line = firstLine(of: dotGit), line.hasPrefix("gitdir: ") else { return nil }
        let path = String(line.dropFirst(8))
        return path.hasPrefix("/") ? URL(fileURLWithPath: path) : package.appending(path: path)
    }

    private static func commonDirectory(of gitDir: URL) -> URL {
        guard let line = firstLine(of: gitDir.appending(path: "commondir")) else { return gitDir }
        return line.hasPrefix("/") ? URL(fileURLWithPath: line) : gitDir.appending(path: line).standardized
    }

    private static func firstLine(of url: URL) -> String? {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        return text.split(separator: "\n").first.map { $0.trimmingCharacters(in: .whitespaces) }
    }

    private static func isCommitId(_ text: String) -> Bool {
        text.count >= 40 && text.allSatisfy(\.isHexDigit)
    }
}
