import LadderCore

/// The `--help` text of each command.
enum Usage {
    static var version: String { BuildInfo.versionLine }

    static func text(for command: Invocation.Command) -> String {
        UsageExamples.add(to: bare(command), for: command)
    }

    /// The help of `command` without its examples.
    private static func bare(_ command: Invocation.Command) -> String {
        switch command {
        case .home: home
        case .read: read
        case .triage: triage
        case .scorecard: scorecard
        case .themes: themes
        case .room: WorkshopUsage.room
        case .report: WorkshopUsage.report
        case .completions: completions
        case .manual: manual
        case .join: WorkshopUsage.join
        case .config: config
        case .present: WorkshopUsage.present
        }
    }

    static let common = """
        Options for every command:
          --theme NAME|FILE   look: a theme name (see `ladder themes`) or a .theme file
          --no-color          draw no colour at all (so does NO_COLOR=1)
          --no-mouse          leave the mouse to the terminal, so dragging selects text
                              (with the mouse on, Shift+drag selects)
          --reduced-motion    nothing changes on screen by time alone: no timed
                              marks, and messages stay until the next key
          --state-dir DIR     keep progress in DIR instead of $XDG_STATE_HOME/ladder
          --help              this help
          --version           the version
        """

    static let home = """
        ladder — an interactive workshop on product-manager career growth

        Usage:
          ladder [options]                 open the bundled module where you left off
          ladder read [FILE] [options]     read the module, or a lesson file
          ladder triage [options]          sort a backlog: feels productive or advances you
          ladder scorecard [options]       your live leverage scorecard
          ladder themes [--check FILE]     list themes, or check a theme file
          ladder room create DIR [options]  make a workshop room in DIR
          ladder room DIR                  run the round: the facilitator's console
          ladder join DIR [--name NAME]    take part in a room's round
          ladder report DIR|FILE...        the room's report: splits, agreement, notes
          ladder present [--room DIR]      key ideas, or a room's contested cards, one per screen
          ladder completions SHELL         a completion script for bash, zsh or fish
          ladder manual                    the manual page, in roff (man -l to read it)
          ladder config [--print]          the settings in force, and where each came from
          ladder config set KEY VALUE      remember a setting in the configuration file
          ladder help COMMAND              help on one command

        \(common)

        Inside the app, press ? for the keys of each screen and q to quit.
        """

    static let read = """
        Usage: ladder read [FILE] [--chapter N] [--plain] [--width N] [options]

        Opens the bundled module, or FILE: a module in ladder's Markdown format or
        a lesson exported from the course as plain text (the format is recognised
        from the content).

          --chapter N   open at chapter N (from 1)
          --plain       write the text to standard output instead of opening the
                        full-screen reader (the default when output is not a terminal)
          --width N     wrap plain output at N columns (default: 72)

        \(common)
        """

    static let triage = """
        Usage: ladder triage [--deck FILE] [--restart] [--plain] [--export FILE [--format F] [--force]] [options]
               ladder triage [--timer 5m] [--seed N] [--hide-answers] [--name NAME]
                             [--results FILE [--force]] [--deck FILE] [options]

        Sorts a backlog card by card into "feels productive" and "advances you".
        With any of the round options it is a round on your own, as in a workshop
        room but without one: a fresh sort, the countdown in the status bar (p
        pauses it), locked at zero on your summary, and your results written in
        the results format (see `ladder report`).

          --deck FILE     your own backlog: a CSV or JSON export from Jira, Linear,
                          Asana, GitHub (gh issue list --json) or Trello, Markdown,
                          or JSON
          --restart       start the deck over instead of resuming
          --plain         sort line by line on standard input and output, for a
                          screen reader or a script: each card is printed, you
                          answer p, a, s (skip), u (undo), w (why), n (note),
                          ? or q, and the feedback follows; the same session as
                          the full screen, saved as you go and at end of input
          --export FILE   write the result and exit: a report (.md or .json), or,
                          for a --deck backlog, the backlog itself in its own
                          format (.csv for a CSV, .json for a JSON) with a
                          "ladder" verdict column and your notes added
          --format F      report or tracker: what a .json export of a JSON
                          backlog holds (default: tracker, the backlog written back)
          --force         let --export or --results replace a file that already exists
          --timer LENGTH  a timed round: 10m, 90s, 1h30m or 4:30 (up to 8h)
          --seed N        deal the cards in the order a room with seed N deals them
          --hide-answers  keep the lesson's verdicts hidden until the round ends
          --name NAME     your name in the results (default: your login name)
          --results FILE  where the results go (default: the state folder's
                          rounds/ folder, under your name and the start time)

        --export still writes the saved sort and exits; no round is run.

        \(common)
        """

    static let scorecard = """
        Usage: ladder scorecard [--plain] [--export FILE [--force]] [options]

        Shows your leverage scorecard and the self-assessment behind it.

          --plain         print agreement and each gauge with what stands behind
                          it, as text (the default when output is not a terminal)
          --export FILE   write the scorecard (.md or .json) and exit
          --force         let --export replace a file that already exists

        \(common)
        """

    static let completions = """
        Usage: ladder completions bash|zsh|fish

        Writes a script that completes ladder's commands, options, theme names and
        files in the shell named, and `config set`'s setting and action names and
        their values (theme names, on/off, the key presets). Save it where the
        shell looks:

          bash   ~/.local/share/bash-completion/completions/ladder
          zsh    _ladder in a folder on $fpath
          fish   ~/.config/fish/completions/ladder.fish

        `make install` puts all three in place under PREFIX.

        \(common)
        """

    static let manual = """
        Usage: ladder manual

        Writes ladder's manual page in roff, made from the same help texts as
        --help. `man -l docs/ladder.1` reads the copy in the repository;
        `make install` puts it where man finds it.

        \(common)
        """

    static let themes = """
        Usage: ladder themes [--check FILE] [--names]

        Lists the themes ladder ships and any in $XDG_CONFIG_HOME/ladder/themes.

          --check FILE   validate a theme file; exits 65 with file:line on an error
          --names        only the names, one a line

        \(common)
        """
}
