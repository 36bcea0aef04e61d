import LadderCore

/// One gauge on one row: its label, a bar coloured by band, the value, and
/// the change since the comparison point. Bands also differ by symbol, so the
/// row reads without colour.
public enum GaugeRow {
    /// Draws `reading` in `width` cells at (x, y); `change` is the delta to
    /// show, `isMarked` highlights the gauge that just moved most;
    /// `changeColumn` keeps room for a change even on a row without one, so
    /// that every row's value lines up.
    public static func draw(
        _ reading: GaugeReading, change: Double?, isMarked: Bool, into layer: inout Layer, x: Int, y: Int,
        width: Int, changeColumn: Bool = false
    ) {
        guard width > 0 else { return }
        let labelWidth = min(16, max(0, width / 3))
        let marker = isMarked ? "▸" : " "
        layer.write(
            marker + reading.gauge.label, x: x, y: y, role: isMarked ? .changed : .text, limit: labelWidth)
        let value = reading.isEnough ? String(Int(reading.value.rounded())) : "–"
        let role = reading.band?.role ?? .muted
        let number = String(repeating: " ", count: max(0, 3 - value.count)) + value
        let delta = change.map(Self.deltaText) ?? ""
        // The change column has a fixed width so that every bar ends in line.
        let deltaWidth = change == nil && !changeColumn ? 0 : 5
        let barWidth = max(0, width - labelWidth - 1 - 4 - deltaWidth)
        if reading.isEnough {
            ProgressBar.draw(
                into: &layer, x: x + labelWidth + 1, y: y, width: barWidth, fraction: reading.value / 100,
                role: role)
        } else {
            let note = "not enough yet" + (reading.evidenceCount > 0 ? " · " + reading.evidenceText : "")
            layer.write(TextWidth.truncate(note, to: barWidth), x: x + labelWidth + 1, y: y, role: .muted)
        }
        let tailX = x + labelWidth + 1 + barWidth
        layer.write(" " + number, x: tailX, y: y, role: role)
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
