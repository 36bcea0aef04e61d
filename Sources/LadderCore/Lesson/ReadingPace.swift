/// How long a chapter must be on screen to count as read: its words at a
/// brisk reading speed. Paging through faster than that is skimming, so a
/// chapter flicked past with `]` is not ticked off.
public enum ReadingPace {
    /// The fastest pace that still counts as reading, in words per minute
    /// (about twice a typical reading speed).
    public static let wordsPerMinute = 450.0
    /// The longest stretch credited at once: time beyond this without a key
    /// is taken as time away from the screen.
    public static let longestStretch: Double = 180

    /// The words in `chapter`: its title and every block, counted as runs of
    /// text between spaces and line breaks. Counted on the text's bytes
    /// without copying it, as this is asked on every tick while a chapter's
    /// end is on screen (a lesson of 50 MB takes milliseconds, not seconds).
    public static func words(in chapter: Chapter) -> Int {
        var count = words(in: chapter.title)
        for block in chapter.blocks {
            switch block {
            case .heading(let spans), .paragraph(let spans), .quote(let spans):
                count += words(in: spans)
            case .list(let items, _):
                for item in items { count += words(in: item) }
            }
        }
        return count
    }

    /// The words in a run of spans, a word going on across a change of style.
    private static func words(in spans: [Span]) -> Int {
        var count = 0
        var inWord = false
        for span in spans {
            for byte in span.text.utf8 {
                let isSeparator = byte == 0x20 || byte == 0x0A
                if !isSeparator && !inWord { count += 1 }
                inWord = !isSeparator
            }
        }
        return count
    }

    private static func words(in text: String) -> Int { words(in: [Span(text)]) }

    /// The seconds `chapter` must be on screen to count as read.
    public static func minimumSeconds(for chapter: Chapter) -> Double {
        Double(words(in: chapter)) / wordsPerMinute * 60
    }

    /// The steps reading time is saved in, in seconds: progress changes (and
    /// is saved) at most once per step of reading, not on every tick.
    public static let savedStep: Double = 15

    /// `seconds` as saved: rounded down to a whole `savedStep`.
    public static func savedSeconds(_ seconds: Double) -> Double {
        (seconds / savedStep).rounded(.down) * savedStep
    }

    /// The seconds credited for a stretch of `seconds` on screen: none when
    /// negative or not finite, at most `longestStretch`.
    public static func credit(_ seconds: Double) -> Double {
        guard seconds.isFinite, seconds > 0 else { return 0 }
        return min(seconds, longestStretch)
    }
}
