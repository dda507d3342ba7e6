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
        let visible = source.replacingTabs()
        let indent = String(repeating: " ", count: max(0, location.column - 1))
        let underline = "^" + String(repeating: "~", count: max(0, diagnostic.length - 1))
        lines.append(" \(gutter) | \(visible)")
        lines.append(" \(pad) | \(indent)\(underline)")
    }
    if let help = diagnostic.help {
        lines.append("  help: \(help)")
    }
    return lines.joined(separator: "\n")
}

extension String {
    /// Tabs as single spaces, so that the underline lines up with 1-column-per-scalar columns.
    fileprivate func replacingTabs() -> String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\t" ? " " : $0 }))
    }
}
