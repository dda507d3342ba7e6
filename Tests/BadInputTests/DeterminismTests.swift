import Testing
import VerifyCommand

/// The same specs give byte-identical reports across runs and thread counts.
@Suite("Determinism")
struct DeterminismTests {
    let specs = [
        specsDirectory + "/contraction-plane.yaml", specsDirectory + "/contraction-line.basin",
        catalogueDirectory + "/yaml/point-wrong-length.yaml", specsDirectory + "/hardtanh-plane.yaml",
    ]

    @Test("reports identical across runs and threads", arguments: [["--verbose"], ["--format", "json"], ["--explain"]])
    func reportsIdentical(_ format: [String]) {
        let reference = runVerify(["--threads", "1"] + format + specs)
        #expect(reference.exitCode == 2)
        #expect(reference.standardOutput.contains("hardtanh-plane.yaml"))
        for run in 0..<3 {
            for threads in ["1", "2"] {
                let outcome = runVerify(["--threads", threads] + format + specs)
                #expect(
                    Array(outcome.standardOutput.utf8) == Array(reference.standardOutput.utf8),
                    "run \(run) with \(threads) threads differs")
                #expect(outcome.exitCode == reference.exitCode)
            }
        }
    }
}
