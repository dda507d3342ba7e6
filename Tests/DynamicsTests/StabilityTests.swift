import Dynamics
import Foundation
import Testing

private func fixedPoint(_ point: [Double], of network: Network) throws -> FixedPoint {
    try #require(nearestFixedPoint(to: point, of: network, within: 1e-6))
}

@Test(arguments: [
    (-1.0, Stability.notAttractive, 3.0), (0, .attractive, 0), (1, .notAttractive, 3),
] as [(Double, Stability, Double)])
func cubeClassification(at x: Double, expected: Stability, radius: Double) throws {
    // Df(x) = 3x², so ρ is 3 at ±1 and 0 at the origin.
    let result = classify(try fixedPoint([x], of: TestNetworks.cube), of: TestNetworks.cube)
    #expect(result.stability == expected)
    #expect(abs(try #require(result.spectralRadius) - radius) < 1e-12)
    #expect(result.basis == .spectralRadius)
    #expect(result.trapRadius == nil)
}

@Test func leakyWidthTwoAttractsByCommonNorm() throws {
    // The one-sided slopes at 0 are 0.5 and −0.5 (and 0 for the two mixed choices), all
    // contractions, and no other kink exists, so every ball lies in the basin.
    let result = classify(try fixedPoint([0], of: TestNetworks.leakyWidthTwo), of: TestNetworks.leakyWidthTwo)
    #expect(result.stability == .attractive)
    #expect(result.basis == .contractingNorm)
    #expect(result.pieceRadii.sorted() == [0, 0, 0.5, 0.5])
    #expect(result.spectralRadius == 0.5)
    #expect(result.trapRadius == .infinity)
    #expect(result.method.contains("all 4 one-sided pieces contract"))
}

@Test func leakyExpandingRepelsInOwnCone() throws {
    // f(x) = 2|x|: on x > 0 the piece has slope 2 and maps the ray into itself.
    let result = classify(try fixedPoint([0], of: TestNetworks.leakyExpanding), of: TestNetworks.leakyExpanding)
    #expect(result.stability == .notAttractive)
    #expect(result.basis == .expandingCone)
    #expect(result.spectralRadius == 2)
}

@Test func alternatingSlopesAttractBySimulation() throws {
    // Slopes −2 and −0.1: no norm makes both contract, no piece keeps its expanding ray, but
    // two steps multiply by 0.2.
    let result = classify(try fixedPoint([0], of: TestNetworks.alternatingSlopes), of: TestNetworks.alternatingSlopes, seed: 3)
    #expect(result.stability == .attractive)
    #expect(result.basis == .simulation)
    #expect(result.trapRadius == nil)
    #expect(result.method.contains("converged"))
}

@Test func hardtanhCornerSuperAttractive() throws {
    // At (1, 1) every unit is saturated (z = 2), so Df = 0; the kink z = 1 lies at distance
    // (2 − 1) / ‖∇z‖ = 1/2, and the whole ball of radius 1/2 maps onto the corner.
    let network = TestNetworks.hardtanhPlane
    let result = classify(try fixedPoint([1, 1], of: network), of: network)
    #expect(result.stability == .attractive)
    #expect(result.spectralRadius == 0)
    #expect(result.method.contains("super-attractive"))
    let radius = try #require(result.trapRadius)
    #expect(radius <= 0.5)
    #expect(radius > 0.5 - 1e-6)
}

@Test(arguments: [[0.0, 0], [1, 0], [0, -1]] as [[Double]])
func hardtanhNonCornersRepel(at point: [Double]) throws {
    // The slope 2 of hardtanh(2t) around 0 gives ρ(Df) = 2.
    let network = TestNetworks.hardtanhPlane
    let result = classify(try fixedPoint(point, of: network), of: network)
    #expect(result.stability == .notAttractive)
    #expect(result.spectralRadius == 2)
}

@Test func scaledRotationAttractsEverywhere() throws {
    // Eigenvalues ±0.5i: ρ = 0.5 and, without kinks, the basin is the whole plane.
    let network = TestNetworks.scaledRotation
    let result = classify(try fixedPoint([0.8, 0.4], of: network), of: network)
    #expect(result.stability == .attractive)
    #expect(abs(try #require(result.spectralRadius) - 0.5) < 1e-15)
    #expect(result.trapRadius == .infinity)
}

@Test func trapRadiusUsesPowerBound() throws {
    // f = relu(A x + b) with A = [[0.5, 4], [0, 0.5]] and b = (−3.5, 0.5) fixes (1, 1), where
    // z = (1, 1). The nearer kink is z₁ = 0 at distance 1/‖(0.5, 4)‖ = 0.24807. ρ(A) = 0.5 but
    // ‖A‖₂ = 4.0616 and ‖A²‖₂ = 4.0156, and ‖A^k‖₂ first drops below 1 at k = 6, so the largest
    // earlier power norm is ‖A‖₂ and the radius is 0.24807 / 4.0616 = 0.06108.
    let network = Network(layers: [TestNetworks.layer([[0.5, 4], [0, 0.5]], [-3.5, 0.5], .relu)])
    let point = try fixedPoint([1, 1], of: network)
    #expect(point.point == [1, 1])
    let result = classify(point, of: network)
    #expect(result.stability == .attractive)
    let radius = try #require(result.trapRadius)
    #expect(abs(radius - 0.06108) < 1e-4)

    // Every point of the ball converges to the fixed point.
    for angle in stride(from: 0.0, to: 2 * Double.pi, by: 0.1) {
        var x = [1 + 0.999 * radius * cos(angle), 1 + 0.999 * radius * sin(angle)]
        for _ in 0..<400 { x = network.evaluate(x) }
        #expect(distance(x, point.point) < 1e-9, "angle \(angle)")
    }
}

@Test func classifyInconclusiveNearOne() {
    let network = Network(layers: [TestNetworks.layer([[1, 0], [0, 0.5]], [0, 0], .tanh)])
    let point = FixedPoint(point: [0, 0], residual: 0, onKink: false, method: .newton)
    let result = classify(point, of: network)
    #expect(result.stability == .inconclusive)
    #expect(result.spectralRadius == 1)
}
