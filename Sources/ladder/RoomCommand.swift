import FoundationEssentials
import LadderCore

/// `ladder room create DIR …` makes a room.
enum RoomCommand {
    static func run(_ invocation: Invocation, environment: [String: String]) -> Int32 {
        let operands = invocation.workshop.operands
        if operands.first == "create" {
            guard operands.count == 2 else {
                return usage(
                    "'ladder room create' takes one folder, such as: ladder room create ./room --deck bundled --seed 7"
                )
            }
            return RoomCreateCommand.run(invocation, folder: operands[1])
        }
        guard operands.count == 1 else {
            return usage("'ladder room' takes one room folder (or 'create DIR')")
        }
        return RoomConsoleCommand.run(invocation, folder: operands[0], environment: environment)
    }

    private static func usage(_ message: String) -> Int32 {
        Console.error("\(message)\nTry 'ladder help room' for usage.")
        return 64
    }
}
