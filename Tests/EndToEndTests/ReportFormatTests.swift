import Foundation
import Testing
import VerifyCommand
import TestSupport

private let wrongBoundedSpec = """
    name: cube with a wrong claim
    network:
      input: 1
      activation: cube
      layers:
        - weights: [[1]]
    analysis:
      region: [[-2, 2]]
      resolution: 401
    expect:
      attractors:
        - at: 0
          basin:
            bounded: false
    """

@Test func jsonReportFollowsContract() throws {
    let path = try temporaryFile("wrong.yaml", wrongBoundedSpec)
    let outcome = runVerify([path, "--format", "json"])
    #expect(outcome.exitCode == 1)

    let document = try #require(try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
    #expect(document["version"] as? Int == 1)
    let specs = try #require(document["specs"] as? [[String: Any]])
    #expect(specs.count == 1)
    #expect(specs[0]["file"] as? String == path)
    #expect(specs[0]["name"] as? String == "cube with a wrong claim")
    #expect(specs[0]["status"] as? String == "failed")
    #expect((specs[0]["errors"] as? [Any])?.isEmpty == true)

    let claims = try #require(specs[0]["claims"] as? [[String: Any]])
    let bounded = try #require(claims.first { $0["path"] as? String == "attractors[0].basin.bounded" })
    #expect(bounded["line"] as? Int == 14)
    #expect(bounded["column"] as? Int == 9)
    #expect(bounded["expected"] as? Bool == false)
    #expect(bounded["observed"] as? Bool == true)
    #expect(bounded["verdict"] as? String == "failed")
    #expect(bounded["evidence"] as? String == "numerical")
    #expect((bounded["detail"] as? String)?.contains("stay clear of its edge") == true)

    let summary = try #require(document["summary"] as? [String: Int])
    #expect(summary == ["specs": 1, "claims": 2, "passed": 1, "failed": 1, "inconclusive": 0, "errors": 0])
}

@Test func jsonReportListsErrorsWithLocation() throws {
    let path = try temporaryFile("bad.yaml", wrongBoundedSpec.replacingOccurrences(of: "cube", with: "cubic"))
    let outcome = runVerify([path, "--format", "json"])
    #expect(outcome.exitCode == 2)
    let document = try #require(try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
    let spec = try #require((document["specs"] as? [[String: Any]])?.first)
    #expect(spec["status"] as? String == "error")
    let error = try #require((spec["errors"] as? [[String: Any]])?.first)
    #expect(error["line"] as? Int == 4)
    #expect(error["column"] as? Int == 15)
    #expect((error["message"] as? String)?.contains("'cubic'") == true)
}

@Test func textReportShowsDiffEntry() throws {
    let path = try temporaryFile("wrong.yaml", wrongBoundedSpec)
    let outcome = runVerify([path])
    let expected = """
        \(path):14:9: failed: attractors[0].basin.bounded
          - expected: false
          + observed: true
          evidence: numerical; the basin's 199 grid points in [-2, 2] stay clear of its edge; on the larger region, \
        the basin's 99 grid points in [-4, 4] stay clear of its edge; 401 grid points, cell 0.01

        1 spec, 2 claims: 1 passed, 1 failed, 0 inconclusive; 0 errors

        """
    expectSameText(outcome.standardOutput, expected)
}

@Test func verboseListsPassedClaims() throws {
    let path = try temporaryFile("wrong.yaml", wrongBoundedSpec)
    let outcome = runVerify([path, "--verbose"])
    #expect(outcome.standardOutput.hasPrefix("\(path):12:7: passed: attractors[0] (numerical)\n"))
}

@Test func explainPrintsDefaultsAndHypotheses() throws {
    let path = try temporaryFile("wrong.yaml", wrongBoundedSpec)
    let lines = runVerify([path, "--explain"]).standardOutput.components(separatedBy: "\n")
    #expect(lines.contains("    iterations 1000 (default)"))
    #expect(lines.contains("    resolution 401; global claims are checked again on the region scaled by 2"))
    #expect(lines.contains("  Theorem 2.1: does not apply"))
    #expect(lines.contains("    some weight matrix has rank < d: no (ranks [1] (exact), d = 1)"))
    #expect(lines.contains("  Theorem 2.10: applies, so the basin of every attractive point is path-connected"))
}

@Test func chosenRegionIsReported() throws {
    let spec = wrongBoundedSpec.replacingOccurrences(of: "  region: [[-2, 2]]\n", with: "")
    let path = try temporaryFile("noregion.yaml", spec)
    let lines = runVerify([path, "--explain"]).standardOutput.components(separatedBy: "\n")
    #expect(lines.contains("    region [-2, 2] (chosen to hold every point the spec names, with margin)"))
}
