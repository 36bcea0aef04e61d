import LadderCore

/// Where the parts of the contents go at a size: the module's title, its
/// subtitle and details when there is room, the progress bar and the
/// chapter list, in a column at most 76 wide, below the tabs.
struct ContentsLayout: Equatable {
    /// The module's title.
    var title: Rect
    /// The subtitle, on tall terminals.
    var subtitle: Rect?
    /// "Module 9 · … · 17 min read", when there is room.
    var details: Rect?
    /// The progress bar and its count.
    var progress: Rect
    /// The chapter list, one row per chapter.
    var list: Rect

    /// The layout for `meta` on a terminal of `size`.
    init(size: Size, meta: ModuleMeta) {
        let width = min(76, max(1, size.width - 4))
        let left = max(0, (size.width - width) / 2)
        let roomy = size.height >= 14
        var y = roomy ? 2 : 1
        func row() -> Rect {
            defer { y += 1 }
            return Rect(x: left, y: y, width: width, height: 1)
        }
        title = row()
        subtitle = meta.subtitle != nil && size.height >= 18 ? row() : nil
        details = !ContentsView.detailsLine(meta).isEmpty && size.height >= 10 ? row() : nil
        if roomy { y += 1 }
        progress = row()
        if roomy { y += 1 }
        list = Rect(x: left, y: y, width: width, height: max(0, size.height - 1 - y))
    }
}
