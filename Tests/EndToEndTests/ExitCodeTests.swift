import Foundation
import Testing
import VerifyCommand

private let passingSpec = """
    name: cube
    network:
      input: 1
      activation: cube
      layers:
        - weights: [[1]]
    analysis:
      region: [[-2, 2]]
      resolution: 401
    expect:
      fixed_points: 3
      attractors:
        - at: 0
          basin: { bounded: true }
    """

private let failingSpec = passingSpec.replacingOccurrences(of: "fixed_points: 3", with: "fixed_points: 2")

@Test func passingSpecExitsZero() throws {
    let path = try temporaryFile("cube.yaml", passingSpec)
    let outcome = runVerify([path])
    #expect(outcome.exitCode == 0)
    #expect(outcome.standardOutput == "1 spec, 3 claims: 3 passed, 0 failed, 0 inconclusive; 0 errors\n")
}

@Test func failedClaimExitsOne() throws {
    let path = try temporaryFile("cube.yaml", failingSpec)
    let outcome = runVerify([path])
    #expect(outcome.exitCode == 1)
    #expect(outcome.standardOutput.hasPrefix("\(path):11:3: failed: fixed_points\n  - expected: 2\n  + observed: 3\n"))
}

@Test func invalidFileExitsTwoAndOthersAreChecked() throws {
    let good = try temporaryFile("good.yaml", passingSpec)
    let bad = try temporaryFile("bad.yaml", passingSpec.replacingOccurrences(of: "bounded: true", with: "boundd: true"))
    let outcome = runVerify([bad, good, "--format", "json"])
    #expect(outcome.exitCode == 2)
    #expect(outcome.standardOutput.contains("\"status\": \"error\""))
    #expect(outcome.standardOutput.contains("\"status\": \"passed\""))
    #expect(outcome.standardOutput.contains("\"errors\": 1\n"))
}

@Test func inconclusiveClaimNeedsPermission() throws {
    // One iteration takes 0.9 only to 0.729, so whether it reaches 0 stays undecided.
    let spec = passingSpec
        .replacingOccurrences(of: "resolution: 401", with: "resolution: 401\n  iterations: 1")
        .replacingOccurrences(of: "basin: { bounded: true }", with: "basin: { contains: [0.9] }")
    let path = try temporaryFile("budget.yaml", spec)
    let strict = runVerify([path])
    #expect(strict.exitCode == 1)
    #expect(strict.standardOutput.hasSuffix("3 claims: 2 passed, 0 failed, 1 inconclusive; 0 errors\n"))
    #expect(runVerify([path, "--allow-inconclusive"]).exitCode == 0)
}

@Test func unknownOptionIsUsageError() {
    let outcome = runVerify(["--colour", "x.yaml"])
    #expect(outcome.exitCode == 2)
    #expect(outcome.standardError.hasPrefix("verify: unknown option '--colour'\n"))
}
