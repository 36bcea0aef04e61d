import LadderCore

/// A bordered box: the card on the triage screen, the help, the gauges over
/// a narrow screen. Labels sit in its top and bottom edges, and dividers
/// cross it as `├───┤`.
public enum Box {
    /// Draws a box around the whole of `layer`, filled with `surface`,
    /// with `title` in its top edge.
    public static func draw(into layer: inout Layer, title: String? = nil, surface: Role = .overlay) {
        let area = Rect(x: 0, y: 0, width: layer.rect.width, height: layer.rect.height)
        draw(into: &layer, area: area, surface: surface, top: title, topRole: .title)
    }

    /// Draws a box on `area` of `layer`, filled with `surface`, with `top`
    /// and `bottom` labels set into its edges.
    static func draw(
        into layer: inout Layer, area: Rect, surface: Role = .surface, top: String? = nil,
        bottom: String? = nil, topRole: Role = .muted
    ) {
        layer.fill(area, role: surface)
        guard area.width >= 2, area.height >= 2 else { return }
        let horizontal = String(repeating: "─", count: area.width - 2)
        layer.write("┌" + horizontal + "┐", x: area.x, y: area.y, role: .border)
        layer.write("└" + horizontal + "┘", x: area.x, y: area.maxY - 1, role: .border)
        for y in (area.y + 1)..<(area.maxY - 1) {
            layer.write("│", x: area.x, y: y, role: .border)
            layer.write("│", x: area.maxX - 1, y: y, role: .border)
        }
        let room = area.width - 6
        guard room > 0 else { return }
        if let top, !top.isEmpty {
            layer.write(
                " " + TextWidth.truncate(top, to: room) + " ", x: area.x + 2, y: area.y, role: topRole)
        }
        if let bottom, !bottom.isEmpty {
            let label = " " + TextWidth.truncate(bottom, to: room) + " "
            let x = area.maxX - 2 - TextWidth.of(label)
            layer.write(label, x: x, y: area.maxY - 1, role: .muted)
        }
    }

    /// Draws a divider across the box on `area` at row `y`: `├───┤`.
    static func divide(into layer: inout Layer, area: Rect, y: Int) {
        guard area.width >= 2 else { return }
        let line = "├" + String(repeating: "─", count: area.width - 2) + "┤"
        layer.write(line, x: area.x, y: y, role: .border)
    }
}
