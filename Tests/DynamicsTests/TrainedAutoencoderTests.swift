import Dynamics
import Foundation
import Testing

@Test func trainedAutoencoderAttractsTrainingPoints() throws {
    let (network, checks) = try TestNetworks.trainedAutoencoder()
    let found = findFixedPoints(of: network, in: Box([-2...2, -2...2]), seed: 1, mergeTolerance: 1e-9)
    #expect(found.isComplete)
    #expect(found.method.contains("16 affine pieces"))
    #expect(checks.count == 3)
    // Solving the 16 pieces separately in NumPy gives five fixed points in the box: the three
    // training points and two saddles between them, with ρ 5.17 and 5.86.
    #expect(found.points.count == 5)

    for check in checks {
        // Training reproduced each point to about 1e-7, so the fixed point lies that close.
        let point = try #require(nearestFixedPoint(to: check.point, of: network, within: 1e-5, candidates: found))
        #expect(point.method == .exactPiece)
        #expect(point.residual < 1e-14)
        #expect(distance(point.point, check.point) < 1e-6)
        #expect(!point.onKink)

        let stability = classify(point, of: network)
        #expect(stability.stability == .attractive)
        #expect(abs(try #require(stability.spectralRadius) - check.spectralRadius) < 1e-9)
        let radius = try #require(stability.trapRadius)
        #expect(radius > 0)

        // Orbits from just inside the proved ball converge to the point.
        for angle in stride(from: 0.0, to: 2 * Double.pi, by: 0.25) {
            var x = [point.point[0] + 0.999 * radius * cos(angle), point.point[1] + 0.999 * radius * sin(angle)]
            for _ in 0..<500 { x = network.evaluate(x) }
            #expect(distance(x, point.point) < 1e-9, "angle \(angle)")
        }
    }
}
