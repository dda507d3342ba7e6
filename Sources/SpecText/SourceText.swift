import SpecModel

/// The lines of a spec file, to quote under a diagnostic and to cut number expressions from.
struct SourceText {
    /// Each line as Unicode scalars, without its line feed.
    let lines: [[Unicode.Scalar]]

    init(_ text: String) {
        var lines: [[Unicode.Scalar]] = [[]]
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                lines.append([])
            } else {
                lines[lines.count - 1].append(scalar)
            }
        }
        self.lines = lines
    }

    /// Returns the text of a 1-based line without a trailing carriage return; empty past the end.
    func line(_ number: Int) -> String {
        guard number >= 1, number <= lines.count else { return "" }
        var scalars = lines[number - 1]
        if scalars.last == "\r" { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }

    /// Returns the text from a location to a 1-based end column (exclusive) on the same line.
    func slice(line number: Int, from column: Int, to endColumn: Int) -> String {
        let scalars = lines[number - 1]
        let start = max(0, column - 1)
        let end = min(scalars.count, endColumn - 1)
        guard start < end else { return "" }
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }
}
