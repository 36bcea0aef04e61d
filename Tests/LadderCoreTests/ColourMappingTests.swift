import LadderCore
import Testing

@Suite struct ColourMappingTests {
    private func map(_ hex: UInt32, _ capacity: ColorCapacity) -> ThemeColor {
        ColorMapper.map(.rgb(UInt8(hex >> 16), UInt8((hex >> 8) & 0xFF), UInt8(hex & 0xFF)), to: capacity)
    }

    @Test func capacityFromTerminalReport() {
        #expect(ColorCapacity(colors: 256, canRedefine: true) == .truecolor)
        #expect(ColorCapacity(colors: 16_777_216, canRedefine: true) == .truecolor)
        #expect(ColorCapacity(colors: 256, canRedefine: false) == .indexed256)
        #expect(ColorCapacity(colors: 88, canRedefine: true) == .sixteen)
        #expect(ColorCapacity(colors: 8, canRedefine: false) == .eight)
        #expect(ColorCapacity(colors: 0, canRedefine: false) == .none)
        #expect(ColorCapacity.none < .eight && ColorCapacity.indexed256 < .truecolor)
    }

    @Test func truecolourKeepsEverything() {
        #expect(map(0x123456, .truecolor) == .rgb(0x12, 0x34, 0x56))
        #expect(ColorMapper.map(.indexed(200), to: .truecolor) == .indexed(200))
    }

    @Test func to256UsesCubeAndGreyRamp() {
        #expect(map(0xFF0000, .indexed256) == .indexed(196))
        #expect(map(0x000000, .indexed256) == .indexed(16))
        #expect(map(0xFFFFFF, .indexed256) == .indexed(231))
        #expect(map(0x808080, .indexed256) == .indexed(244))
        #expect(map(0xFF8800, .indexed256) == .indexed(208))
        #expect(map(0x161B26, .indexed256) == .indexed(234))
        #expect(map(0xF5B453, .indexed256) == .indexed(215))
        #expect(map(0x8CB4FF, .indexed256) == .indexed(111))
        #expect(ColorMapper.map(.indexed(3), to: .indexed256) == .indexed(3))
    }

    @Test func to16KeepsHueAndPicksBrightByLightness() {
        #expect(map(0xFF0000, .sixteen) == .indexed(9))
        #expect(map(0x8B0000, .sixteen) == .indexed(1))
        #expect(map(0x000000, .sixteen) == .indexed(0))
        #expect(map(0x808080, .sixteen) == .indexed(8))
        #expect(map(0xFFFFFF, .sixteen) == .indexed(15))
        #expect(map(0xF08FA0, .sixteen) == .indexed(9))
        #expect(map(0x7AD4B0, .sixteen) == .indexed(6))
        #expect(map(0x8CB4FF, .sixteen) == .indexed(12))
        #expect(map(0x2B3650, .sixteen) == .indexed(0))
        #expect(ColorMapper.map(.indexed(208), to: .sixteen) == .indexed(3))
        #expect(ColorMapper.map(.indexed(12), to: .sixteen) == .indexed(12))
        #expect(ColorMapper.map(.indexed(244), to: .sixteen) == .indexed(8))
    }

    @Test func to8UsesOnlyTheFirstEight() {
        #expect(map(0xFF0000, .eight) == .indexed(1))
        #expect(map(0xFFFFFF, .eight) == .indexed(7))
        #expect(map(0x5A6273, .eight) == .indexed(0))
        #expect(ColorMapper.map(.indexed(9), to: .eight) == .indexed(1))
        #expect(ColorMapper.map(.indexed(12), to: .eight) == .indexed(4))
        #expect(ColorMapper.map(.indexed(8), to: .eight) == .indexed(7))
        #expect(ColorMapper.map(.indexed(5), to: .eight) == .indexed(5))
        for index in 0...255 {
            guard case .indexed(let mapped) = ColorMapper.map(.indexed(UInt8(index)), to: .eight) else {
                Issue.record("index \(index) lost its colour")
                continue
            }
            #expect(mapped < 8)
        }
    }

    @Test func noneAndDefault() {
        #expect(map(0xFF0000, .none) == .terminalDefault)
        #expect(ColorMapper.map(.indexed(1), to: .none) == .terminalDefault)
        for capacity in ColorCapacity.allCases {
            #expect(ColorMapper.map(.terminalDefault, to: capacity) == .terminalDefault)
        }
    }

    @Test func xtermPaletteHasEveryIndex() {
        #expect(XtermPalette.rgb(0) == RGB(0, 0, 0))
        #expect(XtermPalette.rgb(9) == RGB(255, 0, 0))
        #expect(XtermPalette.rgb(16) == RGB(0, 0, 0))
        #expect(XtermPalette.rgb(196) == RGB(255, 0, 0))
        #expect(XtermPalette.rgb(208) == RGB(255, 135, 0))
        #expect(XtermPalette.rgb(231) == RGB(255, 255, 255))
        #expect(XtermPalette.rgb(232) == RGB(8, 8, 8))
        #expect(XtermPalette.rgb(255) == RGB(238, 238, 238))
        #expect(ThemeColor.indexed(244).rgbValue == RGB(128, 128, 128))
        #expect(ThemeColor.terminalDefault.rgbValue == nil)
        #expect(ThemeColor.indexed(15).followsTerminalPalette)
        #expect(!ThemeColor.indexed(16).followsTerminalPalette)
        #expect(RGB(0x1E, 0x1E, 0x2E).description == "#1e1e2e")
    }
}
