import Foundation

/// The generated inputs, written once per run into a private folder: a 5 MB
/// module, decks of 10,000 and 100,000 cards as CSV and JSON, the 100,000
/// titles for fzf, and the plain text the peers show.
struct Workload {
    /// The folder everything lives in, removed at the end of the run.
    let folder: String
    /// The generated Markdown module.
    var module: String { folder + "/generated-module.md" }
    /// How many chapters the generated module has.
    static let chapters = 60

    init() throws(BenchError) {
        let template = FileManager.default.temporaryDirectory.path + "/ladder-bench-XXXXXX"
        var bytes = Array(template.utf8CString)
        guard let made = mkdtemp(&bytes) else { throw BenchError("could not make a temporary folder") }
        folder = String(cString: made)
        for name in ["state", "config", "home"] {
            try? FileManager.default.createDirectory(
                atPath: folder + "/" + name, withIntermediateDirectories: true)
        }
    }

    /// The CSV deck of `count` cards.
    func csv(_ count: Int) -> String { folder + "/cards-\(count).csv" }
    /// The JSON deck of `count` cards.
    func json(_ count: Int) -> String { folder + "/cards-\(count).json" }
    /// The titles of the `count`-card deck, one a line.
    func titles(_ count: Int) -> String { folder + "/titles-\(count).txt" }

    /// Writes the module and every deck.
    func generate(deckSizes: [Int]) throws(BenchError) {
        try write(Self.moduleText(), to: module)
        for count in deckSizes {
            let deck = Self.deck(count)
            try write(deck.csv, to: csv(count))
            try write(deck.json, to: json(count))
            try write(deck.titles, to: titles(count))
        }
    }

    /// Writes `text` to `path`.
    func write(_ text: String, to path: String) throws(BenchError) {
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
            throw BenchError("\(path): could not write")
        }
    }

    /// The size of the file at `path` in bytes.
    static func size(of path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0
    }

    /// Deletes the folder.
    func remove() { try? FileManager.default.removeItem(atPath: folder) }

    /// About 5 MB of module: 60 long chapters of parts, each with an
    /// argument, key ideas and a question to reflect on.
    static func moduleText() -> String {
        var prose = Prose(seed: 7)
        var text = "---\ntitle: A Generated Module\nsubtitle: Five megabytes of study notes\n---\n\n"
        for chapter in 1...chapters {
            text += "# Chapter \(chapter): where leverage comes from\n\n"
            for part in 1...85 {
                text += "## Part \(part)\n\n\(prose.sentences(6))\n\n"
                for _ in 0..<6 { text += "- \(prose.sentence())\n" }
                text += "\n> \(prose.sentence())\n\n"
            }
        }
        return text
    }

    /// A deck of `count` cards as tracker CSV (about 120 bytes a row), as a
    /// JSON array of card objects, and as bare titles.
    static func deck(_ count: Int) -> (csv: String, json: String, titles: String) {
        var prose = Prose(seed: UInt64(count))
        var csv = "Issue key,Summary,Description,Labels\r\n"
        var json = "[\n"
        var titles = ""
        for number in 1...count {
            let title = prose.title(number)
            let detail = prose.phrase()
            let group = "area-\(number % 12)"
            csv += "PM-\(number),\"\(title)\",\"\(detail)\",\(group)\r\n"
            let comma = number == count ? "" : ","
            json += "{\"key\": \"PM-\(number)\", \"title\": \"\(title)\", \"description\": \"\(detail)\", "
            json += "\"group\": \"\(group)\"}\(comma)\n"
            titles += title + "\n"
        }
        return (csv, json + "]\n", titles)
    }
}
