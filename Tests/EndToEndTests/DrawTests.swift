import Foundation
import Testing
import VerifyCommand

private let planeSpec = """
    name: two quadrants
    network:
      input: 2
      activation: tanh
      layers:
        - weights: [[2, 0], [0, "1/2"]]
    analysis:
      region: [[-2, 2], [-1, 1]]
      resolution: [41, 21]
    expect:
      attractor_count: 2
    """

@Test func drawWritesPNGOfTheGrid() throws {
    let path = try temporaryFile("quadrants.yaml", planeSpec)
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    let outcome = runVerify([path, "--draw", folder])
    #expect(outcome.exitCode == 0)
    #expect(outcome.standardError == "verify: drew the basins of \(path) in \(folder)/quadrants.png\n")

    let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: "\(folder)/quadrants.png")))
    #expect(Array(bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    #expect(String(decoding: bytes[12..<16], as: UTF8.self) == "IHDR")
    let width = bytes[16..<20].reduce(0) { $0 << 8 | Int($1) }
    let height = bytes[20..<24].reduce(0) { $0 << 8 | Int($1) }
    #expect(width == 41)
    #expect(height == 21)
}

@Test func drawSkipsHigherDimensions() throws {
    let spec = """
        name: three
        network:
          input: 3
          activation: tanh
          layers:
            - weights: identity
        expect:
          theorems: ["2.2"]
        """
    let path = try temporaryFile("three.yaml", spec)
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    let outcome = runVerify([path, "--draw", folder])
    #expect(outcome.exitCode == 0)
    #expect(outcome.standardError.hasPrefix("verify: no picture of \(path): basin maps are drawn"))
}
