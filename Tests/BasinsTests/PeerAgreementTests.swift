import Dynamics
import Foundation
import Testing

@testable import Basins

/// The NumPy baseline script, when the environment names it.
private let peerScript = ProcessInfo.processInfo.environment["BASINSPEC_NUMPY_PEER"]

/// Maps this map's labels to the baseline's. The baseline has no label for a stall at
/// another fixed point, so it calls such an orbit unresolved.
private func asPeerLabels(_ labels: [Int32]) -> [Int32] {
    labels.map { $0 == BasinLabel.otherFixedPoint ? BasinLabel.unresolved : $0 }
}

/// Lists the first few positions where two label lists differ, for failure messages.
private func differences(_ observed: [Int32], _ expected: [Int32]) -> String {
    let positions = observed.indices.filter { observed[$0] != expected[$0] }
    let shown = positions.prefix(5).map { "index \($0): \(observed[$0]) instead of \(expected[$0])" }
    return shown.joined(separator: ", ")
}

/// Counts the labels that differ between two lists of the same length.
private func differenceCount(_ observed: [Int32], _ expected: [Int32]) -> Int {
    zip(observed, expected).count { $0 != $1 }
}

@Suite("Agreement with the NumPy baseline")
struct PeerAgreementTests {
    @Test("hardtanh depth six matches recorded labels")
    func hardtanhFixture() throws {
        let targets = TestNetworks.hardtanhDepthSixAttractors.map { BasinTarget(fixedPoint: $0, trapRadius: 1e-9) }
        let settings = BasinMapSettings(
            box: Box([-3...3, -3...3]), resolution: PeerFixtures.hardtanhDepthSixResolution, iterations: 1000,
            tolerance: 1e-9)
        let grid = computeBasinMap(of: TestNetworks.hardtanhDepthSix, targets: targets, settings: settings)

        let expected = PeerFixtures.decode(PeerFixtures.hardtanhDepthSixLabels)
        try #require(expected.count == grid.pointCount)
        let observed = asPeerLabels(grid.labels)
        #expect(differenceCount(observed, expected) == 0, "\(differences(observed, expected))")
    }

    @Test("diagonal band matches recorded labels")
    func bandFixture() throws {
        let settings = BasinMapSettings(
            box: Box([-1.5...1.5, -1.5...1.5]), resolution: PeerFixtures.diagonalBandResolution, iterations: 1000,
            tolerance: 1e-9)
        let grid = computeBasinMap(
            of: TestNetworks.diagonalBand(width: 0.05), targets: [BasinTarget(fixedPoint: [0, 0], trapRadius: 1e-9)],
            settings: settings)

        let expected = PeerFixtures.decode(PeerFixtures.diagonalBandLabels)
        try #require(expected.count == grid.pointCount)
        let observed = asPeerLabels(grid.labels)
        #expect(differenceCount(observed, expected) == 0, "\(differences(observed, expected))")
        #expect(grid.counts[BasinLabel.otherFixedPoint] == 2, "the fixed points (±1, ±1) are grid points")
    }

    @Test(
        "live run of the baseline agrees",
        .enabled(if: peerScript != nil, "set BASINSPEC_NUMPY_PEER to the path of numpy_basins.py"))
    func liveBaseline() throws {
        let network = TestNetworks.hardtanhDepthSix
        let attractors = TestNetworks.hardtanhDepthSixAttractors
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("basins-peer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let networkFile = directory.appendingPathComponent("network.json")
        let labelsFile = directory.appendingPathComponent("labels.npy")
        try TestNetworks.peerJSON(network).write(to: networkFile, atomically: true, encoding: .utf8)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "python3", peerScript!, networkFile.path, "--region", "-2.5", "3", "-3", "2", "--resolution", "150",
            "--iterations", "1000", "--tolerance", "1e-9",
            "--attractors", "[" + attractors.map { "[\($0[0]), \($0[1])]" }.joined(separator: ", ") + "]",
            "--repeat", "1", "--labels", labelsFile.path,
        ]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let expected = try #require(readNumPyInt8(try Data(contentsOf: labelsFile)))
        try #require(expected.count == 150 * 150)

        let settings = BasinMapSettings(box: Box([-2.5...3, -3...2]), resolution: 150, iterations: 1000, tolerance: 1e-9)
        let grid = computeBasinMap(
            of: network, targets: attractors.map { BasinTarget(fixedPoint: $0, trapRadius: 1e-9) }, settings: settings)
        let observed = asPeerLabels(grid.labels)
        #expect(differenceCount(observed, expected) == 0, "\(differences(observed, expected))")
    }
}
