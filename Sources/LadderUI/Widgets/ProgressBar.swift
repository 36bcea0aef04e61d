import LadderCore

/// A horizontal bar: filled cells for the done part, a lighter track for the
/// rest. Filled and track use different characters, so it reads without colour.
public enum ProgressBar {
    /// Draws a bar of `width` cells at (x, y) showing `fraction` (0...1).
    public static func draw(
        into layer: inout Layer, x: Int, y: Int, width: Int, fraction: Double, role: Role = .accent
    ) {
        guard width > 0 else { return }
        let clamped = min(1, max(0, fraction.isFinite ? fraction : 0))
        let filled = Int((clamped * Double(width)).rounded(.down))
        layer.write(String(repeating: "█", count: filled), x: x, y: y, role: role, limit: width)
        layer.write(
            String(repeating: "░", count: width - filled), x: x + filled, y: y, role: .gaugeTrack,
            limit: width - filled)
    }
}
