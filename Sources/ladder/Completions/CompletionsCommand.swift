/// `ladder completions bash|zsh|fish`.
enum CompletionsCommand {
    static func run(_ invocation: Invocation) -> Int32 {
        let spec = CompletionSpec.ladder
        switch invocation.shell {
        case "bash": Console.out(BashCompletion.script(spec))
        case "zsh": Console.out(ZshCompletion.script(spec))
        case "fish": Console.out(FishCompletion.script(spec))
        case let other:
            let named = other.map { "'\($0)' is not a shell ladder completes; " } ?? ""
            Console.error("\(named)name one of bash, zsh or fish\nTry 'ladder help completions' for usage.")
            return 64
        }
        return 0
    }
}
