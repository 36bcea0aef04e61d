import LadderUI

/// Mouse reports as terminals send them, turned into `MouseEvent`s with
/// 0-based cell coordinates.
enum MouseReport {
    /// The SGR (1006) form, `ESC [ < button ; column ; row M` for a press and
    /// `m` for a release, with 1-based coordinates. Motion, horizontal wheels
    /// and extra buttons mean nothing here and give nil.
    static func sgr(parameters: [Int?], final: Unicode.Scalar) -> MouseEvent? {
        guard parameters.count == 3, let code = parameters[0], let column = parameters[1],
            let row = parameters[2], column >= 1, row >= 1
        else { return nil }
        guard let kind = kind(code: code, released: final == "m") else { return nil }
        return MouseEvent(kind, column: column - 1, row: row - 1)
    }

    /// The legacy X10 form, `ESC [ M` then three bytes, each a value plus 32:
    /// the button (3 when released, which does not say which), the column and
    /// the row, 1-based. `lastPressed` names the button a release lets go.
    static func x10(_ bytes: [UInt8], lastPressed: MouseButton?) -> MouseEvent? {
        guard bytes.count == 3, bytes[0] >= 32, bytes[1] >= 33, bytes[2] >= 33 else { return nil }
        let code = Int(bytes[0]) - 32
        let column = Int(bytes[1]) - 33
        let row = Int(bytes[2]) - 33
        if code & 0b1100_0011 == 3 {
            return MouseEvent(.release(lastPressed ?? .left), column: column, row: row)
        }
        guard let kind = kind(code: code, released: false) else { return nil }
        return MouseEvent(kind, column: column, row: row)
    }

    /// What a button code means: the low two bits name the button, 64 marks
    /// the wheel, 32 motion; 4, 8 and 16 are Shift, Meta and Control, ignored.
    private static func kind(code: Int, released: Bool) -> MouseEvent.Kind? {
        guard code & 32 == 0, code & 128 == 0 else { return nil }
        if code & 64 != 0 {
            switch code & 3 {
            case 0: return released ? nil : .wheelUp
            case 1: return released ? nil : .wheelDown
            default: return nil
            }
        }
        let button: MouseButton
        switch code & 3 {
        case 0: button = .left
        case 1: button = .middle
        case 2: button = .right
        default: return nil
        }
        return released ? .release(button) : .press(button)
    }
}
