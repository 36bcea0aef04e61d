extension Usage {
    static let config = """
        Usage:
          ladder config [--print]              the settings in force, and where each came from
          ladder config --path                 the configuration file's path
          ladder config set KEY VALUE...       remember one setting in the file

        The configuration file is $XDG_CONFIG_HOME/ladder/config (by default
        ~/.config/ladder/config), written like a theme file: `key = value` lines,
        # comments, and a [keys] section. A flag is for its run only; the file is
        what is remembered, and `set` changes one line of it (atomically, keeping
        its comments and every other line).

          --print   the settings in force and where each came from: default,
                    config file (path:line), environment or flag; the output
                    is itself a configuration file
          --path    the configuration file's path

        Settings: theme NAME|FILE, mouse on|off, width N (the reading column),
        reduced-motion on|off, color on|off, cursor on|off (show the cursor on the
        selected item; it is placed there always), keys vim|emacs|arrows (a ready-made
        set of keys), and under [keys] any action's name with its keys, such as
        `triage.sort-advances = a Right` (`ladder config --print` lists them all).

        Examples:
          ladder config set theme light
          ladder config set keys emacs
          ladder config set triage.sort-advances a Right

        \(common)
        """
}
