/// WCAG 2 contrast between two colours.
public enum Contrast {
    /// The contrast ratio of `a` and `b`, from 1 (none) to 21 (black on white).
    /// WCAG AA asks 4.5 for body text.
    public static func ratio(_ a: RGB, _ b: RGB) -> Double {
        let first = relativeLuminance(a)
        let second = relativeLuminance(b)
        return (max(first, second) + 0.05) / (min(first, second) + 0.05)
    }

    /// WCAG 2 relative luminance, 0 (black) to 1 (white).
    public static func relativeLuminance(_ color: RGB) -> Double {
        0.2126 * LabColor.linear(color.red) + 0.7152 * LabColor.linear(color.green) + 0.0722
            * LabColor.linear(color.blue)
    }
}
