// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "ladder",
    products: [
        .executable(name: "ladder", targets: ["ladder"])
    ],
    targets: [
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
        .target(name: "CLadderSignals", path: "Sources/CLadderSignals"),
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
        .target(
            name: "LadderTerminal",
            dependencies: ["CNcurses", "CLadderSignals", "LadderCore", "LadderUI"]
        ),
        .target(
            name: "LadderApp",
            dependencies: ["LadderCore", "LadderUI", "LadderTerminal"]
        ),
        .executableTarget(
            name: "ladder",
            dependencies: ["LadderCore", "LadderUI", "LadderTerminal", "LadderApp"]
        ),
        .executableTarget(
            name: "ladder-bench",
            dependencies: ["LadderCore"],
            path: "Sources/LadderBench"
        ),
        .executableTarget(
            name: "ladder-workshop-bench",
            dependencies: ["LadderCore", "LadderUI"],
            path: "Sources/WorkshopBench"
        ),
        .executableTarget(
            name: "ladder-faults",
            dependencies: ["LadderCore"],
            path: "Sources/LadderFaults"
        ),
        .target(
            name: "TestSupport",
            dependencies: ["LadderCore", "LadderUI", "LadderTerminal", "LadderApp"],
            path: "Tests/TestSupport"
        ),
        .testTarget(
            name: "LadderCoreTests", dependencies: ["LadderCore", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(
            name: "LadderUITests",
            dependencies: ["LadderCore", "LadderUI", "TestSupport"],
            exclude: ["__Snapshots__"]
        ),
        .testTarget(
            name: "LadderTerminalTests",
            dependencies: ["LadderTerminal", "LadderUI"]
        ),
        .testTarget(
            name: "LadderAppTests",
            dependencies: ["LadderApp", "LadderCore", "LadderUI", "TestSupport"]
        ),
        .testTarget(name: "EndToEndTests", dependencies: ["TestSupport"]),
    ]
)
