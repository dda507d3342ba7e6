import Foundation
import SpecModel
import SpecYAML
import Testing

/// The folder of YAML files the tests read, found next to this source file so that the
/// test target needs no resource bundle.
let fixturesDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures").path

/// The text of a fixture file.
func fixture(_ name: String) throws -> String {
    try String(contentsOfFile: "\(fixturesDirectory)/\(name)", encoding: .utf8)
}

/// Decodes YAML text as if read from `spec.yaml`.
func parse(_ text: String) -> Result<Spec, InvalidSpec> {
    YAMLSpecReader.parse(Array(text.utf8), file: "spec.yaml")
}

/// Returns the problems that reading `text` reports, and records an issue when it is accepted.
func problems(
    in text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> [Diagnostic] {
    problems(of: YAMLSpecReader.parse(Array(text.utf8), file: "spec.yaml"), sourceLocation: sourceLocation)
}

func problems(
    of result: Result<Spec, InvalidSpec>, sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> [Diagnostic] {
    switch result {
    case .success:
        Issue.record("the spec was accepted", sourceLocation: sourceLocation)
        return []
    case .failure(let invalid):
        return invalid.diagnostics
    }
}

/// Formats a diagnostic in one line for readable test failures: `code line:column message`.
func summary(_ diagnostic: Diagnostic) -> String {
    let place = diagnostic.location.map { "\($0.line):\($0.column)" } ?? "-"
    return "\(diagnostic.code) \(place) \(diagnostic.message)"
}

/// A small valid spec on the line, to which tests add or change one thing.
let minimalNetwork = """
    name: test
    network:
      input: 1
      activation: relu
      layers:
        - weights: [[1]]

    """

/// A small valid spec in the plane.
let planarNetwork = """
    name: test
    network:
      input: 2
      activation: relu
      layers:
        - weights: identity

    """
