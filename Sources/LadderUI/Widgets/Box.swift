import LadderCore

/// A bordered box with an optional title in its top edge.
public enum Box {
    /// Draws a box around the whole of `layer`, filled with `surface`.
    public static func draw(into layer: inout Layer, title: String? = nil, surface: Role = .overlay) {
        let width = layer.rect.width
        let height = layer.rect.height
        layer.fill(Rect(x: 0, y: 0, width: width, height: height), role: surface)
        guard width >= 2, height >= 2 else { return }
        let horizontal = String(repeating: "─", count: width - 2)
        layer.write("┌" + horizontal + "┐", x: 0, y: 0, role: .border)
        layer.write("└" + horizontal + "┘", x: 0, y: height - 1, role: .border)
        for y in 1..<(height - 1) {
            layer.write("│", x: 0, y: y, role: .border)
            layer.write("│", x: width - 1, y: y, role: .border)
        }
        if let title, width > 6 {
            layer.write(" \(title) ", x: 2, y: 0, role: .title, limit: width - 4)
        }
    }
}
