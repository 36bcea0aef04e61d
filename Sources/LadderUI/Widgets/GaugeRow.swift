import LadderCore

/// One gauge on one row: its label, a bar coloured by band, the value, and
/// the change since the comparison point. Bands also differ by symbol, so the
/// row reads without colour.
public enum GaugeRow {
    /// Draws `reading` in `width` cells at (x, y); `change` is the delta to
    /// show, `isMarked` highlights the gauge that just moved most.
    public static func draw(
        _ reading: GaugeReading, change: Double?, isMarked: Bool, into layer: inout Layer, x: Int, y: Int,
        width: Int
    ) {
        guard width > 0 else { return }
        let labelWidth = min(16, max(0, width / 3))
        let role: Role = isMarked ? .changed : .text
        let marker = isMarked ? "▸" : " "
        layer.write(marker + reading.gauge.label, x: x, y: y, role: role, limit: labelWidth)
        let value = String(Int(reading.value.rounded()))
        let number = String(repeating: " ", count: max(0, 3 - value.count)) + value
        let delta = change.map(Self.deltaText) ?? ""
        // The change column has a fixed width so that every bar ends in line.
        let deltaWidth = change == nil ? 0 : 5
        let barWidth = max(0, width - labelWidth - 1 - 4 - deltaWidth)
        ProgressBar.draw(
            into: &layer, x: x + labelWidth + 1, y: y, width: barWidth, fraction: reading.value / 100,
            role: reading.band.role)
        let tailX = x + labelWidth + 1 + barWidth
        layer.write(" " + number, x: tailX, y: y, role: reading.band.role)
        if !delta.isEmpty {
            let deltaRole: Role = (change ?? 0) > 0 ? .success : ((change ?? 0) < 0 ? .warning : .muted)
            let padded = String(repeating: " ", count: max(0, 4 - TextWidth.of(delta))) + delta
            layer.write(
                " " + padded, x: tailX + 4, y: y, role: deltaRole, limit: max(0, x + width - tailX - 4))
        }
    }

    /// "▲3", "▼12" or "=" for a change.
    public static func deltaText(_ change: Double) -> String {
        let rounded = Int(change.rounded())
        if rounded > 0 { return "▲\(rounded)" }
        if rounded < 0 { return "▼\(-rounded)" }
        return "="
    }
}
