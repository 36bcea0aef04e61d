extension AppState {
    /// Selects chapter `index` (clamped) and scrolls the list just enough
    /// to show it.
    mutating func selectChapter(_ index: Int) {
        selectedChapter = clampChapter(index)
        let rows = ContentsLayout(size: size, meta: module.meta).list.height
        contentsList.reveal(selectedChapter, heights: ContentsView.heights(self), rows: rows)
    }
}
