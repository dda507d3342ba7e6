import Foundation
import SpecText
import SpecYAML
import Testing

/// Lists the YAML files directly inside `folder`, sorted; empty when the folder does not exist.
func yamlFiles(in folder: URL) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        .map { folder.appendingPathComponent($0).path }
}

/// Runs validate_schema.py with Python's jsonschema and returns its exit status and output.
/// `invalid` files name their expected error on their first line; `invalidAny` files only
/// have to be rejected.
func runSchemaValidator(valid: [String], invalid: [String], invalidAny: [String] = []) throws -> (Int32, String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
        "python3", testsFolder.appendingPathComponent("validate_schema.py").path,
        repositoryFolder.appendingPathComponent("Grammar/basinspec.schema.json").path,
        "--valid",
    ] + valid + ["--invalid"] + invalid + ["--invalid-any"] + invalidAny
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

/// Counts the output lines of validate_schema.py that start with `prefix`, such as `ok valid`.
func countLines(_ output: String, startingWith prefix: String) -> Int {
    output.components(separatedBy: "\n").filter { $0.hasPrefix(prefix + " ") }.count
}

@Test func schemaAcceptsValidYAMLSpecs() throws {
    // The writer's output, the format's own example, and every shipped YAML spec: the
    // teaching examples and the deliberately wrong claims, which are wrong only in what
    // they claim.
    let valid = yamlFiles(in: testsFolder.appendingPathComponent("Fixtures"))
        + yamlFiles(in: repositoryFolder.appendingPathComponent("Specs"))
        + yamlFiles(in: repositoryFolder.appendingPathComponent("Specs/violations"))
    #expect(yamlFiles(in: repositoryFolder.appendingPathComponent("Specs")).count >= 2)

    let (status, output) = try runSchemaValidator(valid: valid, invalid: [])
    #expect(status == 0, "\(output)")
    #expect(countLines(output, startingWith: "ok valid") == valid.count, "\(output)")
}

@Test func schemaRejectsStructuralErrors() throws {
    let invalid = yamlFiles(in: testsFolder.appendingPathComponent("Fixtures/schema-invalid"))
    #expect(invalid.count >= 10)

    let (status, output) = try runSchemaValidator(valid: [], invalid: invalid)
    #expect(status == 0, "\(output)")
    #expect(countLines(output, startingWith: "ok invalid") == invalid.count, "\(output)")
}

/// The first error code the YAML reader gives for each file the schema rejects, so that an
/// editor and `verify` reject the same files for the same reason.
let readerCodesOfSchemaErrors: [String: String] = [
    "boolean-as-string.yaml": "invalid-boolean",
    "fraction-without-tolerance.yaml": "missing-key",
    "interval-of-three.yaml": "invalid-region",
    "missing-name.yaml": "missing-key",
    "missing-weights.yaml": "missing-key",
    "negative-count.yaml": "invalid-count",
    "unknown-activation.yaml": "unknown-activation",
    "unknown-key.yaml": "unknown-key",
    "unknown-theorem.yaml": "unknown-theorem",
    "unsupported-version.yaml": "unsupported-version",
]

@Test func readerRejectsWhatSchemaRejects() {
    let invalid = yamlFiles(in: testsFolder.appendingPathComponent("Fixtures/schema-invalid"))
    #expect(Set(invalid.map { URL(fileURLWithPath: $0).lastPathComponent }) == Set(readerCodesOfSchemaErrors.keys))

    for path in invalid {
        let name = URL(fileURLWithPath: path).lastPathComponent
        guard case .failure(let problems) = YAMLSpecReader.read(contentsOf: path) else {
            Issue.record("the YAML reader accepts \(name)")
            continue
        }
        #expect(problems.diagnostics.first?.code == readerCodesOfSchemaErrors[name], "\(name): \(problems.diagnostics)")
    }
}

@Test func schemaRejectsStructuralViolationSpecs() throws {
    // The shipped specs that the verifier rejects as malformed. They are written to show
    // the verifier's messages, so their first line cannot name the schema's error.
    let structural = yamlFiles(in: repositoryFolder.appendingPathComponent("Specs/violations/structural"))
    guard !structural.isEmpty else { return }

    let (status, output) = try runSchemaValidator(valid: [], invalid: [], invalidAny: structural)
    #expect(status == 0, "\(output)")
    #expect(countLines(output, startingWith: "ok invalid-any") == structural.count, "\(output)")
}

@Test func schemaAcceptsWrittenAwkwardSpec() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("awkward-\(getpid()).yaml")
    try YAMLSpecWriter.write(try awkwardSpec()).write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }

    let (status, output) = try runSchemaValidator(valid: [file.path], invalid: [])
    #expect(status == 0, "\(output)")
}
