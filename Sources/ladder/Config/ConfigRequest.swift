/// What `ladder config` was asked to do.
struct ConfigRequest: Equatable {
    /// `--print`: the settings in force and where each came from.
    var print = false
    /// `--path`: the configuration file's path.
    var path = false
    /// The words after `config`: `set KEY VALUE…`.
    var words: [String] = []
}
