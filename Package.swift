// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "ladder",
    products: [
        .executable(name: "ladder", targets: ["ladder"])
    ],
    targets: [
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
        .executableTarget(name: "EmbedTool", path: "Sources/EmbedTool"),
        .plugin(
            name: "EmbedContent",
            capability: .buildTool(),
            dependencies: ["EmbedTool"],
            path: "Plugins/EmbedContent"
        ),
        .target(
            name: "LadderCore",
            exclude: ["Content"],
            plugins: ["EmbedContent"]
        ),
        .target(name: "LadderUI", dependencies: ["LadderCore"]),
        .target(name: "LadderTerminal", dependencies: ["CNcurses", "LadderUI"]),
        .executableTarget(
            name: "ladder",
            dependencies: ["LadderCore", "LadderUI", "LadderTerminal"]
        ),
        .executableTarget(
            name: "ladder-bench",
            dependencies: ["LadderCore"],
            path: "Sources/LadderBench"
        ),
        .target(
            name: "TestSupport",
            dependencies: ["LadderCore", "LadderUI"],
            path: "Tests/TestSupport"
        ),
        .testTarget(
            name: "LadderCoreTests", dependencies: ["LadderCore", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(
            name: "LadderUITests",
            dependencies: ["LadderUI", "TestSupport"],
            exclude: ["__Snapshots__"]
        ),
        .testTarget(name: "LadderTerminalTests", dependencies: ["LadderTerminal", "TestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["TestSupport"]),
    ]
)
