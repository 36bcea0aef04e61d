import FoundationEssentials
import Glibc

Console.guardStandardStreams()
let status = Ladder.run(
    arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)
exit(status == 0 && Console.lostOutput ? 74 : status)
