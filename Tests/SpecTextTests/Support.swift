import Foundation
import SpecModel
import Testing

/// The folder of this test target, where the fixtures live.
let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

/// The repository's root folder.
let repositoryFolder = testsFolder.deletingLastPathComponent().deletingLastPathComponent()

func fixture(_ name: String) throws -> String {
    try String(contentsOf: testsFolder.appendingPathComponent("Fixtures/\(name)"), encoding: .utf8)
}

/// Renders diagnostics as the command line does: `file:line:column: error: message`, the
/// quoted line with the span underlined by `^~~~`, then `help: ...`.
///
/// NOTE: this mirrors the Reporting module's renderer for these tests; when the two differ,
/// the Reporting module's output is the one users see.
func render(_ diagnostics: [Diagnostic]) -> String {
    diagnostics.map(render).joined()
}

func render(_ diagnostic: Diagnostic) -> String {
    var text = diagnostic.file
    if let location = diagnostic.location {
        text += ":\(location.line):\(location.column)"
    }
    text += ": \(diagnostic.severity.rawValue): \(diagnostic.message)\n"
    if let line = diagnostic.sourceLine, let location = diagnostic.location {
        // Tabs stay tabs in the margin so that the underline lines up under them.
        let margin = line.prefix(location.column - 1).map { $0 == "\t" ? "\t" : " " }.joined()
        text += line + "\n" + margin + "^" + String(repeating: "~", count: diagnostic.length - 1) + "\n"
    }
    if let help = diagnostic.help {
        text += "help: \(help)\n"
    }
    return text
}

/// Compares two texts whole and, when they differ, records the lines that differ.
func expectSameText(_ actual: String, _ expected: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    guard actual != expected else { return }
    let actualLines = actual.components(separatedBy: "\n")
    let expectedLines = expected.components(separatedBy: "\n")
    var diff: [String] = []
    for index in 0..<max(actualLines.count, expectedLines.count) {
        let left = index < expectedLines.count ? expectedLines[index] : "<none>"
        let right = index < actualLines.count ? actualLines[index] : "<none>"
        if left != right {
            diff.append("line \(index + 1):\n- \(left)\n+ \(right)")
        }
    }
    Issue.record("texts differ (- expected, + actual):\n\(diff.joined(separator: "\n"))", sourceLocation: sourceLocation)
}
