import Foundation
import SpecText
import Testing

/// Lists the YAML files directly inside `folder`, sorted; empty when the folder does not exist.
func yamlFiles(in folder: URL) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        .map { folder.appendingPathComponent($0).path }
}

/// Runs validate_schema.py with Python's jsonschema and returns its exit status and output.
func runSchemaValidator(valid: [String], invalid: [String]) throws -> (Int32, String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
        "python3", testsFolder.appendingPathComponent("validate_schema.py").path,
        repositoryFolder.appendingPathComponent("Grammar/basinspec.schema.json").path,
        "--valid",
    ] + valid + ["--invalid"] + invalid
    let output = Pipe()
    process.standardOutput = output
    process.standardError = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

@Test func schemaAcceptsValidYAMLSpecs() throws {
    // The writer's output, the format's own example, and every YAML spec of the repository.
    let valid = yamlFiles(in: testsFolder.appendingPathComponent("Fixtures"))
        + yamlFiles(in: repositoryFolder.appendingPathComponent("Specs"))
    #expect(valid.count >= 3)

    let (status, output) = try runSchemaValidator(valid: valid, invalid: [])
    #expect(status == 0, "\(output)")
    #expect(output.components(separatedBy: "\n").filter { $0.hasPrefix("ok valid") }.count == valid.count, "\(output)")
}

@Test func schemaRejectsStructuralErrors() throws {
    // NOTE: the violation specs under Specs/ are not listed here yet; each structural one
    // needs a first line "# schema-error: TEXT" naming the message the schema gives.
    let invalid = yamlFiles(in: testsFolder.appendingPathComponent("Fixtures/schema-invalid"))
    #expect(invalid.count >= 10)

    let (status, output) = try runSchemaValidator(valid: [], invalid: invalid)
    #expect(status == 0, "\(output)")
    #expect(output.components(separatedBy: "\n").filter { $0.hasPrefix("ok invalid") }.count == invalid.count, "\(output)")
}

@Test func schemaAcceptsWrittenAwkwardSpec() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("awkward-\(getpid()).yaml")
    try YAMLSpecWriter.write(try awkwardSpec()).write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }

    let (status, output) = try runSchemaValidator(valid: [file.path], invalid: [])
    #expect(status == 0, "\(output)")
}
