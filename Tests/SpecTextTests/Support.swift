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
