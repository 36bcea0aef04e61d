import LadderCore
import Testing

@Suite struct ShippedContentTests {
    @Test func contentFolderIsBuiltIn() {
        #expect(ShippedContent.file("content/README.md")?.contains("EmbedContent") == true)
    }
}
