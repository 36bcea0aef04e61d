/// The module built into the binary: our study notes for "Career Growth for
/// Product Managers", from `Content/module.md`.
public enum BundledModule {
    /// The shipped file's name within `ShippedContent`.
    public static let fileName = "content/module.md"

    /// The bundled module; a one-chapter notice if the shipped file is
    /// missing or broken (a build mistake that the tests catch).
    public static let module: Module = {
        switch parsed {
        case .success(let module):
            return module
        case .failure(let error):
            let notice = Block.paragraph([Span("The built-in module could not be read: \(error.description)")]
            )
            return Module(
                meta: ModuleMeta(title: "Career Growth for Product Managers"),
                chapters: [Chapter(title: "Module unavailable", blocks: [notice])])
        }
    }()

    /// The shipped module, reporting any problem. It is parsed once per
    /// run: the reader, the deck's chapter ids and the scorecard all ask.
    public static func load() throws(InputError) -> Module {
        try parsed.get()
    }

    /// The one parse of the shipped file.
    private static let parsed: Result<Module, InputError> = {
        do throws(InputError) {
            return .success(try parse())
        } catch {
            return .failure(error)
        }
    }()

    /// Parses the shipped file.
    private static func parse() throws(InputError) -> Module {
        guard let text = ShippedContent.file(fileName) else {
            throw InputError(file: fileName, "is not built into this binary", kind: .noInput)
        }
        return try MarkdownModuleReader.parse(text, name: fileName)
    }
}
