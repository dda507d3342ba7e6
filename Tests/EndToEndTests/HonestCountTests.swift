import Foundation
import Testing
import VerifyCommand

@Test func repeatedCyclePointsFail() throws {
    let spec = """
        name: repeated
        network:
          input: 1
          activation: tanh
          layers:
            - weights: [[2]]
        analysis:
          region: [[-3, 3]]
          resolution: 401
        expect:
          cycles:
            - points: [0.9575040240772688, 0.9575040240772688]
              basin: {path_connected: false}
        """
    let path = try temporaryFile("repeated.yaml", spec)
    let outcome = runVerify([path])
    #expect(outcome.exitCode == 1)
    #expect(outcome.standardOutput.contains("failed: cycles[0]\n  - expected: stable cycle of period 2\n  + observed: a fixed point, not a cycle"))
    #expect(!outcome.standardOutput.contains("(proved)"))
    #expect(outcome.standardOutput.contains("inconclusive: cycles[0].basin.path_connected"))
}

@Test(arguments: [
    ("tanh", "[[1]]", "[0]"),
    ("sigmoid", "[[4]]", "[-2]"),
] as [(String, String, String)])
func degenerateFixedPointCountIsInconclusive(activation: String, weights: String, bias: String) throws {
    // tanh(x) and sigmoid(4x - 2) meet the diagonal tangentially, at 0 and at 1/2.
    let spec = """
        name: degenerate
        network:
          input: 1
          activation: \(activation)
          layers:
            - weights: \(weights)
              bias: \(bias)
        analysis:
          region: [[-2, 2]]
        expect:
          fixed_points: 1
        """
    let path = try temporaryFile("degenerate.yaml", spec)
    let outcome = runVerify([path])
    #expect(outcome.standardOutput.contains("+ observed: 1\n"))
    #expect(outcome.standardOutput.contains("so the count is uncertain"))
    #expect(outcome.standardOutput.hasSuffix("1 claim: 0 passed, 0 failed, 1 inconclusive; 0 errors\n"))
}
