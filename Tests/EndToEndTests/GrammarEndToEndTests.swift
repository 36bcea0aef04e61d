import Foundation
import TestSupport
import Testing

/// The keys every screen shares, in the real app under tmux: Tab walks the
/// numbered tabs, digits rate on the scorecard, Esc goes back.
@Suite(.serialized, .enabled(if: TmuxDriver.isAvailable && Fixtures.ladderBinary != nil))
struct GrammarEndToEndTests {
    @Test func tabWalksTheTabsDigitsRateAndEscapeGoesBack() throws {
        let binary = TmuxDriver.quote(try #require(Fixtures.ladderBinary).path)
        let driver = try TmuxDriver()
        try driver.start(binary)
        let home = try driver.waitFor("F1 Contents  F2 Triage  F3 Scorecard")
        #expect(home.contains("Tab triage"), "the first screen says how to reach the triage")
        try driver.send("Tab")
        try driver.waitFor { $0.contains("0/") && $0.contains(" sorted") }
        try driver.send("Tab")
        try driver.waitFor("Leverage scorecard")
        try driver.send("3", literal: true)
        try driver.waitFor { $0.contains("1 of 20 answered") || $0.contains("1/20 answered") }
        try driver.waitFor("3 mostly")
        try driver.send("j", literal: true)
        try driver.send("0", literal: true)
        try driver.waitFor { $0.contains("2 of 20 answered") || $0.contains("2/20 answered") }
        try driver.send("Escape")
        try driver.waitFor("Career Growth for Product Managers")
        try driver.send("q", literal: true)
        try driver.waitFor { !$0.contains("F1 Contents") }
    }
}
