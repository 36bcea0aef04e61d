import Foundation

/// Where test files live, found from this source file rather than the
/// working directory.
public enum Fixtures {
    /// The package's root folder.
    public static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    /// The shared lesson folder beside the checkout, when it exists.
    public static var sharedLessonFolder: URL? {
        let folder = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/lesson")
        return FileManager.default.fileExists(atPath: folder.path) ? folder : nil
    }
}
