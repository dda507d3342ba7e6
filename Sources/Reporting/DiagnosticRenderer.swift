import SpecModel

/// Renders a problem in a spec file for a terminal or a CI log.
///
/// The first line is `file:line:column: error: message`; when the front end kept the source
/// line, it is quoted with the offending span underlined; advice follows on a `help:` line.
public func renderDiagnostic(_ diagnostic: Diagnostic) -> String {
    var position = diagnostic.file
    if let location = diagnostic.location {
        position += ":\(location.line):\(location.column)"
    }
    var lines = ["\(position): \(diagnostic.severity.rawValue): \(diagnostic.message)"]

    if let source = diagnostic.sourceLine, let location = diagnostic.location {
        let gutter = String(location.line)
        let pad = String(repeating: " ", count: gutter.count)
        let excerpt = SourceExcerpt(source, column: location.column)
        let indent = String(repeating: " ", count: excerpt.indent)
        let underlined = max(1, min(diagnostic.length, excerpt.columnsAfterIndent))
        let underline = "^" + String(repeating: "~", count: underlined - 1)
        lines.append(" \(gutter) | \(excerpt.text)")
        lines.append(" \(pad) | \(indent)\(underline)")
    }
    if let help = diagnostic.help {
        lines.append("  help: \(help)")
    }
    return lines.joined(separator: "\n")
}

/// The part of a source line quoted under a message: the whole line when it is short,
/// otherwise a window around the problem's column, marked with `…` where it was cut. Tabs
/// and other control characters show as one space each, so that columns (counted in Unicode
/// scalars) line up with the underline.
struct SourceExcerpt {
    /// The widest window quoted, in columns.
    static let maximumWidth = 120
    /// How many columns of the line before the problem a window keeps.
    static let leadingContext = 40

    var text: String
    /// The spaces before the underline starts.
    var indent: Int
    /// The columns of the excerpt from the underline's start to its end, at least 1.
    var columnsAfterIndent: Int

    init(_ line: String, column: Int) {
        let scalars = line.unicodeScalars.map { scalar -> Unicode.Scalar in
            scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) ? " " : scalar
        }
        let problem = max(0, column - 1)
        var start = 0
        if scalars.count > Self.maximumWidth {
            start = max(0, min(problem - Self.leadingContext, scalars.count - Self.maximumWidth))
        }
        let end = min(scalars.count, start + Self.maximumWidth)
        var window = String(String.UnicodeScalarView(scalars[start..<end]))
        indent = problem - start
        if start > 0 {
            window = "…" + window
            indent += 1
        }
        if end < scalars.count {
            window += "…"
        }
        text = window
        columnsAfterIndent = max(1, end - problem)
    }
}
