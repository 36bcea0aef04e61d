import LadderCore

/// Which role and attributes each grapheme of a unit gets from its kind and
/// its spans' styles. Offsets are asked for in increasing order (a line
/// drawn left to right), so the span in force is found by halving once and
/// then stepped forward: a unit of thousands of spans costs a line no more
/// than a unit of one.
struct SpanStyles {
    private let unit: TextUnit
    private var span: Int

    /// Styles for `unit`, starting at UTF-8 offset `start`.
    init(unit: TextUnit, from start: Int) {
        self.unit = unit
        var low = 0
        var high = unit.spanEnds.count
        while low < high {
            let middle = (low + high) / 2
            if unit.spanEnds[middle] <= start { low = middle + 1 } else { high = middle }
        }
        self.span = low
    }

    /// The look of the grapheme at UTF-8 `offset`, at or after the last asked.
    mutating func look(at offset: Int) -> (Role, TextAttributes) {
        while span < unit.spanEnds.count && unit.spanEnds[span] <= offset { span += 1 }
        let style = span < unit.spans.count ? unit.spans[span].style : .plain
        switch unit.kind {
        case .title: return (.title, [.bold])
        case .heading: return (.heading, [.bold])
        case .quote:
            switch style {
            case .strong: return (.quote, [.bold])
            default: return (.quote, [])
            }
        case .paragraph, .listItem:
            switch style {
            case .plain: return (.text, [])
            case .emphasis: return (.emphasis, [])
            case .strong: return (.strong, [])
            case .code: return (.code, [])
            }
        }
    }
}
