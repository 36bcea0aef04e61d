extension Driven {
    /// Types `keys` without timing them and waits for the screen to settle.
    func prepare(_ keys: String) {
        guard !keys.isEmpty else { return }
        pty.type(Array(keys.utf8))
        pty.drain(quiet: settings.keyQuiet)
        _ = keyTimes.takeFirst()
    }

    /// Presses `key` `samples` times after `warmup` untimed presses. Before
    /// each press `before` is typed untimed; every `resetEvery` presses
    /// `reset` is typed untimed (back to the top, say).
    func series(
        _ key: String, samples: Int, warmup: Int = 3, before: String = "", resetEvery: Int? = nil,
        reset: String = ""
    ) -> (series: Series, silent: Int) {
        var series = Series()
        var silent = 0
        for index in 0..<(warmup + samples) {
            if let resetEvery, index > 0, index % resetEvery == 0 { prepare(reset) }
            prepare(before)
            let burst = press(key)
            guard index >= warmup else { continue }
            if let burst { series.add(burst) } else { silent += 1 }
        }
        return (series, silent)
    }

    /// Presses `first` then `second`, `samples` times each, timing both
    /// (open and close help, sort and undo).
    func alternating(_ first: String, _ second: String, samples: Int, warmup: Int = 3) -> (
        first: (series: Series, silent: Int), second: (series: Series, silent: Int)
    ) {
        var results = [(series: Series(), silent: 0), (series: Series(), silent: 0)]
        for index in 0..<(warmup + samples) {
            for (slot, key) in [first, second].enumerated() {
                let burst = press(key)
                guard index >= warmup else { continue }
                if let burst { results[slot].series.add(burst) } else { results[slot].silent += 1 }
            }
        }
        return (results[0], results[1])
    }

    /// Resizes to one column and row smaller and back, `samples` times
    /// each way, timing every redraw.
    func resizes(samples: Int) -> (series: Series, silent: Int) {
        let original = size
        let smaller = TerminalSize(columns: original.columns - 1, rows: original.rows - 1)
        var series = Series()
        var silent = 0
        for index in 0..<(samples + 2) {
            let burst = resize(to: index % 2 == 0 ? smaller : original)
            guard index >= 2 else { continue }
            if let burst { series.add(burst) } else { silent += 1 }
        }
        if size.columns != original.columns { _ = resize(to: original) }
        return (series, silent)
    }
}
