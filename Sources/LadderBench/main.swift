import Foundation
import LadderCore

// ladder-bench: prints how much work keys cost and how many bytes scrolling
// sends to the terminal, beside `less` on the same text.
// Build in release for figures worth quoting: swift run -c release ladder-bench

let module = (try? BundledModule.load()) ?? BundledModule.module
KeyBenchmarks.run(module: module)
print("")
KeyBenchmarks.triage(cards: 10_000)
print("")
ScrollBytes.run()
