import LadderCore

/// Draws a slide as its layout says, with the progress bottom right.
enum PresentView {
    /// Draws `state`'s slide over the whole of `layer` but its last row.
    static func draw(_ state: PresentState, size: Size, into layer: inout Layer) {
        let layout = PresentLayout(state, size: size)
        for line in layout.lines + [layout.progress] {
            var x = line.x
            for run in line.runs {
                x += layer.write(
                    run.text, x: x, y: line.y, role: run.role, attributes: run.attributes,
                    limit: max(0, size.width - x))
            }
        }
    }
}
