// swift-tools-version: 6.1
import PackageDescription

/// Generic types used at start (dictionaries keyed by the app's own types)
/// get their metadata through accessor functions rather than by demangling
/// a name at run time, which checks each generic requirement by scanning
/// every protocol conformance in the binary.
let startupCodegen: [SwiftSetting] = [
    .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"])
]

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
            swiftSettings: startupCodegen,
            plugins: ["EmbedContent"]
        ),
        .target(name: "LadderUI", dependencies: ["LadderCore"], swiftSettings: startupCodegen),
        .target(
            name: "LadderTerminal",
            dependencies: ["CNcurses", "CLadderSignals", "LadderCore", "LadderUI"],
            swiftSettings: startupCodegen
        ),
        .target(
            name: "LadderApp",
            dependencies: ["LadderCore", "LadderUI", "LadderTerminal"],
            swiftSettings: startupCodegen
        ),
        .executableTarget(
            name: "ladder",
            dependencies: ["LadderCore", "LadderUI", "LadderTerminal", "LadderApp"],
            swiftSettings: startupCodegen
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
