import Dynamics
import Testing

@Test func cubeFixedPointsByNewton() {
    let found = findFixedPoints(of: TestNetworks.cube, in: Box([-2...2]), seed: 1, mergeTolerance: 1e-6)
    #expect(found.points.count == 3)
    for (point, expected) in zip(found.points, [-1.0, 0, 1]) {
        #expect(abs(point.point[0] - expected) < 1e-12)
        #expect(point.method == .newton)
        #expect(!point.onKink)
    }
    #expect(!found.isComplete)
    #expect(found.continua.isEmpty)
}

@Test func leakyWidthTwoFixedPointOnKink() throws {
    // f(x) = 0.5 |x| has the single fixed point 0, where both units sit on their kink.
    let found = findFixedPoints(of: TestNetworks.leakyWidthTwo, in: Box([-4...4]), seed: 1, mergeTolerance: 1e-9)
    #expect(found.isComplete)
    #expect(found.method.contains("4 affine pieces"))
    let point = try #require(found.points.first)
    #expect(found.points.count == 1)
    #expect(point.point == [0])
    #expect(point.onKink)
    #expect(point.method == .exactPiece)
    #expect(point.residual == 0)
}

@Test func hardtanhPlaneHasNineFixedPoints() {
    // hardtanh(2t) = t has the solutions −1, 0 and 1 in each coordinate.
    let found = findFixedPoints(of: TestNetworks.hardtanhPlane, in: Box([-2...2, -2...2]), seed: 1, mergeTolerance: 1e-9)
    #expect(found.isComplete)
    #expect(found.points.count == 9)
    var expected: [[Double]] = []
    for a in [-1.0, 0, 1] {
        for b in [-1.0, 0, 1] { expected.append([a, b]) }
    }
    #expect(found.points.map(\.point) == expected)
    #expect(found.points.allSatisfy { !$0.onKink })
}

@Test func hardtanhPlaneByNewtonBeyondCap() {
    let found = findFixedPoints(
        of: TestNetworks.hardtanhPlane, in: Box([-2...2, -2...2]), seed: 7, mergeTolerance: 1e-9,
        maximumPatternCount: 1)
    #expect(!found.isComplete)
    #expect(found.points.count == 9)
    #expect(found.points.allSatisfy { $0.method == .newton })
    #expect(found.points.allSatisfy { $0.residual < 1e-12 })
    #expect(found.method.contains("may be missing"))
}

@Test func fixedPointsOutsideRegionAreDropped() {
    let found = findFixedPoints(of: TestNetworks.hardtanhPlane, in: Box([0.5...2, -0.5...0.5]), seed: 1, mergeTolerance: 1e-9)
    #expect(found.points.map(\.point) == [[1, 0]])
}

@Test func scaledRotationFixedPoint() throws {
    // (I − W) x = b with W the rotation by 90° scaled by 0.5 and b = (1, 0) gives (0.8, 0.4).
    let found = findFixedPoints(of: TestNetworks.scaledRotation, in: Box([-2...2, -2...2]), seed: 1, mergeTolerance: 1e-9)
    let point = try #require(found.points.first)
    #expect(found.points.count == 1)
    #expect(abs(point.point[0] - 0.8) < 1e-15)
    #expect(abs(point.point[1] - 0.4) < 1e-15)
}

@Test func identityNetworkIsContinuum() {
    let identity = Network(layers: [TestNetworks.layer([[1, 0], [0, 1]], [0, 0], .identity)])
    let found = findFixedPoints(of: identity, in: Box([-1...3, -1...1]), seed: 1, mergeTolerance: 1e-9)
    #expect(found.points.isEmpty)
    #expect(found.continua == [[1, 0]])
    #expect(found.isComplete)
}

@Test func reluHalfLineIsContinuum() {
    // relu(x) = x on [0, ∞), so 0 is not an isolated fixed point.
    let relu = Network(layers: [TestNetworks.layer([[1]], [0], .relu)])
    let found = findFixedPoints(of: relu, in: Box([-4...4]), seed: 1, mergeTolerance: 1e-9)
    #expect(found.points.isEmpty)
    #expect(found.continua.count == 1)
    #expect(found.continua.first.map { $0[0] >= 0 } == true)
}

@Test func nearestFixedPointOutsideRegion() throws {
    let network = TestNetworks.hardtanhPlane
    let candidates = findFixedPoints(of: network, in: Box([-0.5...0.5, -0.5...0.5]), seed: 1, mergeTolerance: 1e-9)
    #expect(candidates.points.map(\.point) == [[0, 0]])

    let found = try #require(nearestFixedPoint(to: [1 + 1e-4, 1 - 1e-4], of: network, within: 1e-3, candidates: candidates))
    #expect(found.point == [1, 1])
    #expect(found.method == .exactPiece)
    let origin = try #require(nearestFixedPoint(to: [1e-6, 0], of: network, within: 1e-3, candidates: candidates))
    #expect(origin.point == [0, 0])
}

@Test func nearestFixedPointNoneWithinDistance() {
    #expect(nearestFixedPoint(to: [0.7, 0.7], of: TestNetworks.hardtanhPlane, within: 0.01) == nil)
    #expect(nearestFixedPoint(to: [0.5], of: TestNetworks.cube, within: 0.01) == nil)
}

@Test func nearestFixedPointByNewton() throws {
    let found = try #require(nearestFixedPoint(to: [1.00001], of: TestNetworks.cube, within: 1e-3))
    #expect(abs(found.point[0] - 1) < 1e-14)
    #expect(found.method == .newton)
}
