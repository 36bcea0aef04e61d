import Foundation
import PackagePlugin

/// Builds the shipped text files (the `Themes/` folder and the target's
/// `Content/` folder) into the binary, so that a release copied anywhere still
/// has them and the folders stay the one source.
@main
struct EmbedContent: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        guard let module = target as? SourceModuleTarget else { return [] }
        let folders: [(label: String, url: URL)] = [
            ("themes", context.package.directoryURL.appending(path: "Themes")),
            ("content", module.directoryURL.appending(path: "Content")),
        ]
        var arguments: [String] = []
        var inputs: [URL] = []
        for folder in folders {
            for file in textFiles(in: folder.url) {
                arguments.append("\(folder.label)/\(file.lastPathComponent)=\(file.path)")
                inputs.append(file)
            }
        }
        if let commit = GitCommit(package: context.package.directoryURL) {
            arguments.append("build/commit:=\(commit.id)")
            inputs += commit.sources
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) shipped text files",
                executable: try context.tool(named: "EmbedTool").url,
                arguments: [output.path] + arguments,
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }

    private func textFiles(in folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { folder.appending(path: $0) }
    }
}
