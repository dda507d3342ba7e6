import Foundation
import SpecText
import Testing
import VerifyCommand
import TestSupport

private let cubeText = """
    name "Cube"

    network R {
      activation cube
      layer {
        weights [1]
      }
    }

    expect {
      fixed_points 3
    }

    """

@Test func convertTextToYAMLExitsZero() throws {
    let path = try temporaryFile("cube.basin", cubeText)
    let outcome = runVerify(["convert", path, "--to", "yaml"])

    #expect(outcome.exitCode == 0)
    #expect(outcome.standardError == "")
    expectSameText(outcome.standardOutput, """
        name: "Cube"

        network:
          input: 1
          activation: cube
          layers:
            - weights: [[1]]

        expect:
          fixed_points: 3

        """)
}

@Test func convertFormatsTextSpec() throws {
    let messy = "name \"Cube\" ;network R{activation cube\n layer{weights [ 1 ]}}\n# a comment\nexpect{fixed_points 3}"
    let outcome = runVerify(["convert", try temporaryFile("messy.basin", messy), "--to", "text"])

    #expect(outcome.exitCode == 0)
    expectSameText(outcome.standardOutput, cubeText)
}

@Test func convertAcceptsOptionBeforeFile() throws {
    let path = try temporaryFile("cube.basin", cubeText)
    let outcome = runVerify(["convert", "--to", "text", path])

    #expect(outcome.exitCode == 0)
    expectSameText(outcome.standardOutput, cubeText)
}

/// A `convert` command line that `verify` rejects, and the first line it prints for it.
struct BadConvertLine: CustomTestStringConvertible, Sendable {
    var name: String
    var arguments: [String]
    var message: String

    var testDescription: String { name }
}

let badConvertLines: [BadConvertLine] = [
    BadConvertLine(name: "unknown form", arguments: ["convert", "a.yaml", "--to", "json"],
        message: "verify: --to needs `text` or `yaml`, not 'json'"),
    BadConvertLine(name: "form missing", arguments: ["convert", "a.yaml", "--to"],
        message: "verify: --to needs `text` or `yaml`"),
    BadConvertLine(name: "no --to", arguments: ["convert", "a.yaml"],
        message: "verify: convert needs --to text or --to yaml"),
    BadConvertLine(name: "no file", arguments: ["convert", "--to", "text"],
        message: "verify: convert needs a spec file"),
    BadConvertLine(name: "two files", arguments: ["convert", "a.yaml", "b.yaml", "--to", "text"],
        message: "verify: convert takes one file"),
    BadConvertLine(name: "unknown option", arguments: ["convert", "a.yaml", "--to", "text", "--in-place"],
        message: "verify: unknown option '--in-place' for convert"),
]

@Test(arguments: badConvertLines)
func badConvertLineExitsTwo(_ line: BadConvertLine) {
    let outcome = runVerify(line.arguments)

    #expect(outcome.exitCode == 2)
    #expect(outcome.standardOutput == "")
    #expect(outcome.standardError == "\(line.message)\n\n\(usage)\n")
}

@Test func convertMissingFileExitsTwo() {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("basinspec-\(UUID().uuidString)/gone.basin").path
    let outcome = runVerify(["convert", path, "--to", "yaml"])

    #expect(outcome.exitCode == 2)
    #expect(outcome.standardOutput == "")
    expectSameText(outcome.standardError, """
        \(path): error: no such file '\(path)'
          help: check the path and the current directory

        """)
}

@Test func convertUnknownExtensionExitsTwo() throws {
    let path = try temporaryFile("cube.txt", cubeText)
    let outcome = runVerify(["convert", path, "--to", "yaml"])

    #expect(outcome.exitCode == 2)
    #expect(outcome.standardOutput == "")
    expectSameText(outcome.standardError, """
        \(path): error: '\(path)' is neither a YAML spec nor a text spec
          help: name YAML specs *.yaml or *.yml and text specs *.basin

        """)
}

@Test func convertInvalidSpecShowsEveryError() throws {
    let broken = cubeText
        .replacingOccurrences(of: "activation cube", with: "activation cubes")
        .replacingOccurrences(of: "fixed_points 3", with: "fixed_points three")
    let path = try temporaryFile("broken.basin", broken)
    let outcome = runVerify(["convert", path, "--to", "yaml"])

    #expect(outcome.exitCode == 2)
    #expect(outcome.standardOutput == "")
    expectSameText(outcome.standardError, """
        \(path):4:14: error: unknown activation 'cubes'
         4 |   activation cubes
           |              ^~~~~
          help: did you mean 'cube'? known activations: identity, relu, leaky_relu, hardtanh, tanh, sigmoid, softplus, cube, sin

        \(path):11:16: error: expected a whole number, found 'three'
         11 |   fixed_points three
            |                ^~~~~
          help: write digits only, such as 1000

        """)
}

@Test func convertInvalidYAMLExitsTwo() throws {
    let path = try temporaryFile("broken.yaml", "name: cube\nnetwork:\n  input: 1\n  layers: []\n")
    let outcome = runVerify(["convert", path, "--to", "text"])

    #expect(outcome.exitCode == 2)
    #expect(outcome.standardOutput == "")
    #expect(outcome.standardError.hasPrefix("\(path):2:1: error: network has no layers\n"), "\(outcome.standardError)")
}

@Test func convertDirectoryExitsTwo() throws {
    let parent = URL(fileURLWithPath: try temporaryFile("cube.basin", cubeText)).deletingLastPathComponent()
    let folder = parent.appendingPathComponent("folder.basin").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
    let outcome = runVerify(["convert", folder, "--to", "yaml"])

    #expect(outcome.exitCode == 2)
    expectSameText(outcome.standardError, """
        \(folder): error: '\(folder)' is a directory, not a spec file
          help: name a .yaml, .yml or .basin file

        """)
}
