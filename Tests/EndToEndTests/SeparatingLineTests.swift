import Foundation
import Testing
import VerifyCommand

/// A hardtanh network whose attractor (0.75, 0.75) attracts two opposite corners of the
/// plane; both parts reach the region's edge, so only a separating line can decide.
private let splitBasinSpec = """
    name: split basin
    network:
      input: 2
      activation: hardtanh
      layers:
        - weights: [[0, 1], [-1, 0]]
        - weights: [[4, -4], [-3, 4]]
          bias: [-2, -2]
        - weights: [[2, 2], [2, 3]]
          bias: [2, 2.5]
        - weights: [[0.25, 0.125], [0.125, 0.25]]
          bias: [0.375, 0.375]
    analysis:
      region: [[-3, 3], [-3, 3]]
      resolution: 301
    expect:
      attractors:
        - at: [0.75, 0.75]
          basin: {path_connected: false}
    """

@Test func separatingLineDecidesSplitBasin() throws {
    let path = try temporaryFile("split.yaml", splitBasinSpec)
    let outcome = runVerify([path, "--verbose"])
    #expect(outcome.exitCode == 0)
    #expect(outcome.standardOutput.contains("passed: attractors[0].basin.path_connected (numerical)"))
    #expect(outcome.standardOutput.contains("lies outside the basin"))
}

@Test func separatingLineFailsConnectedClaim() throws {
    let spec = splitBasinSpec.replacingOccurrences(of: "path_connected: false", with: "path_connected: true")
    let path = try temporaryFile("split.yaml", spec)
    let outcome = runVerify([path])
    #expect(outcome.exitCode == 1)
    #expect(outcome.standardOutput.contains("failed: attractors[0].basin.path_connected"))
}
