import LadderUI
import Testing

@Suite struct SizeTests {
    @Test func negativeSizesClampToZero() {
        #expect(Size(width: -3, height: 2) == Size(width: 0, height: 2))
        #expect(Rect(x: 0, y: 0, width: 4, height: -1).isEmpty)
    }
}
