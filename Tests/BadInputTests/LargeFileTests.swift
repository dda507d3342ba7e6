import Foundation
import Testing
import VerifyCommand

/// Large files are read in time linear in their size. A front end that decoded a line again
/// for each value on it took minutes on these files. The tests carry no time limit, because
/// a busy machine would break it; a quadratic regression shows as a run that takes minutes.
@Suite("Large files")
struct LargeFileTests {
    @Test("long YAML line of values")
    func longYAMLLine() throws {
        let values = Array(repeating: "[0.5]", count: 200_000).joined(separator: ", ")
        let outcome = try verifyFile(named: "long-line-of-values.yaml", contents: """
            spec: 1
            name: "long line"
            network:
              input: 1
              activation: relu
              layers:
                - weights: [\(values)]
            """)
        #expect(outcome.exitCode == 2)
        #expect(outcome.standardOutput.contains("layer 1 has 200000 units, more than the limit of 4096"))
    }

    @Test("long text line of errors")
    func longTextLineOfErrors() throws {
        let outcome = try verifyFile(named: "long-line-of-errors.basin", contents: String(repeating: "@", count: 200_000))
        // One problem per character, plus the missing name and network.
        #expect(outcome.exitCode == 2)
        #expect(outcome.standardOutput.contains("error: found 200002 problems; only the first 100 are shown"))
        #expect(outcome.standardOutput.components(separatedBy: ": error: unexpected character '@'").count == 101)
    }

    private func verifyFile(named name: String, contents: String) throws -> RunOutcome {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("BadInputTests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent(name).path
        try contents.write(toFile: path, atomically: true, encoding: .utf8)
        return runVerify([path])
    }
}
