/// The key a view names when it tells the user what to press (`v hides`,
/// `Press n to…`): read from the binding table and the user's remapping, as
/// the status bar's hints are, so a remapped key is named as remapped.
extension AppState {
    /// The name of the first key in force for the binding called `name` in
    /// `table`, nil when the table has no such binding or it has no key.
    func keyName(_ name: String, in table: BindingTable) -> String? {
        guard let binding = table.bindings.first(where: { $0.name == name }),
            let key = keyBindings.keys(for: binding).first
        else { return nil }
        return KeyLabel.of(key)
    }

    /// The name of the first key in force for the binding called `name`
    /// among the keys that work everywhere.
    func globalKeyName(_ name: String) -> String? { keyName(name, in: GlobalBindings.table) }
}
