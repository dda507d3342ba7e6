import Foundation
import Reporting
import SpecModel
import Testing

/// The folder of this test target, where the fixtures live.
let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

/// The repository's root folder.
let repositoryFolder = testsFolder.deletingLastPathComponent().deletingLastPathComponent()

func fixture(_ name: String) throws -> String {
    try String(contentsOf: testsFolder.appendingPathComponent("Fixtures/\(name)"), encoding: .utf8)
}

/// Renders diagnostics with the Reporting module's renderer, as `verify` prints them: sorted
/// by position, a blank line between two diagnostics, and a line break at the end.
func render(_ diagnostics: [Diagnostic]) -> String {
    diagnostics.sortedByPosition().map(renderDiagnostic).joined(separator: "\n\n") + "\n"
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
