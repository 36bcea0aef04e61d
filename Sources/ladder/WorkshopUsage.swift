/// The `--help` text of the workshop commands.
enum WorkshopUsage {
    static let room = """
        Usage: ladder room create DIR --deck FILE|bundled --seed N [--timer 10m]
                                      [--hide-answers] [--title TEXT] [--restricted]
               ladder room DIR

        `ladder room DIR` is the facilitator's live console: who has joined and how
        far each has got, the room's split on every card (the most contested first)
        with participants' notes, and the timer. Keys: s start or resume, p pause,
        + a minute more, l lock or unlock, r reveal the verdicts (asks first), j/k
        scroll, ? help, q quit (the round carries on); the mouse scrolls, and a
        click on a participant or a card says it in full. The configuration file
        remaps these keys by their names (room.reveal = R).

        `ladder room create` makes a workshop room in DIR: its settings, a copy of the deck, the round's
        control file and a results folder. Every participant gets the same card
        order from the seed.

          --deck FILE|bundled  the deck to sort: a backlog file, or ladder's own deck
          --seed N             the seed of the card order (0 to 9007199254740991)
          --timer LENGTH       a timed round: 10m, 90s, 1h30m or 4:30 (up to 8h);
                               participants wait until the facilitator starts it
          --hide-answers       keep the lesson's verdicts hidden until the reveal
          --title TEXT         the room's title (default: the deck's)
          --restricted         participants cannot open files, export outside the
                               room or see anyone else's results (for ssh rooms)

        See docs/workshop.md for running a room over SSH.

        \(Usage.common)
        """

    static let join = """
        Usage: ladder join DIR [--name NAME] [--restricted]

        Takes part in the round of the room in DIR: the room's deck in the room's
        order, your results written to your own file in the room at every change.
        Asks for your name (or takes --name); the first time, it gives you a rejoin
        code: join again with the same name and the code to carry on.

          --name NAME     your name in the room
          --restricted    no files opened, no exports, no Ctrl-Z to the shell, nothing
                          written outside the room (also set by the room itself;
                          see docs/workshop.md)

        \(Usage.common)
        """

    static let report = """
        Usage: ladder report DIR|FILE... [--format md|csv|json] [--tui]

        Reports on a round: how many took part, the split on every card, agreement
        with the lesson per card and per participant, the most contested cards
        first with the lesson's reasoning and the room's notes, and the room's
        average scorecard. DIR is a room (or any folder of results files).

          --format md|csv|json   Markdown (the default), CSV for spreadsheets, or JSON
          --tui                  browse the report full screen: sections on the top
                                 row (1-5, ]/[), j/k and Space to scroll, q to quit

        A broken or foreign file is named on standard error and left out. Results
        of different decks or seeds never mix: the report covers the room's round
        (or, given files alone, the round most of them belong to).

        \(Usage.common)
        """

    static let present = """
        Usage: ladder present [FILE] [--room DIR]

        A presentation for a projected terminal: the module's key ideas,
        reflection prompts and takeaways one per screen, large and centred (the
        heading in block letters when the terminal is big enough). FILE presents a
        lesson file instead of the bundled module.

          --room DIR   the room's most contested cards one by one, for the
                       discussion: the card, the room's split as a bar with its
                       counts, the participants' notes, and the lesson's verdict
                       and reasoning once you press r. It follows the room live.

        Keys: Space, j, arrows or PgDn for the next slide; b, k or PgUp back;
        g/G the first or last; r shows the verdict; ? help; q quits. A click
        moves on (on the left third, back); the wheel steps.

        \(Usage.common)
        """
}
