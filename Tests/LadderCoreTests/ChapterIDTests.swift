import LadderCore
import Testing

@Suite struct ChapterIDTests {
    @Test func slugJoinsLowercaseWords() {
        #expect(ChapterID.slug(of: "The Two Tracks: IC and Management") == "the-two-tracks-ic-and-management")
        #expect(ChapterID.slug(of: "  Output Feels Productive. ") == "output-feels-productive")
    }

    @Test func headingCarriesAnExplicitId() {
        #expect(ChapterID.split(heading: "Finding Leverage {#leverage}") == ("Finding Leverage", "leverage"))
        #expect(ChapterID.split(heading: "Finding Leverage") == ("Finding Leverage", nil))
        #expect(ChapterID.split(heading: "Odd {#Not Valid}") == ("Odd {#Not Valid}", nil))
    }

    @Test func bundledChaptersHaveStableIds() throws {
        let module = try BundledModule.load()
        #expect(
            module.chapters.map(\.id) == [
                "ladder", "measures", "output", "promoted", "tracks", "leverage", "choosing", "narrative",
                "compounding", "takeaways",
            ])
        #expect(module.chapters[5].title == "Finding Leverage")
    }
}
