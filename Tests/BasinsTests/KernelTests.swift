import Dynamics
import Testing

@testable import Basins

@Suite("Basin map kernel")
struct KernelTests {
    @Test("deadline in the past leaves the map incomplete")
    func pastDeadline() {
        let settings = BasinMapSettings(
            box: Box([-3...3, -3...3]), resolution: 101, iterations: 1000, tolerance: 1e-9,
            deadline: ContinuousClock.now - .seconds(1))
        let grid = computeBasinMap(of: TestNetworks.hardtanhDepthSix, targets: hardtanhTargets, settings: settings)

        #expect(grid.isComplete == false)
        #expect(grid.pointIterations == 0)
        #expect(grid.counts == [BasinLabel.unresolved: 101 * 101])
    }

    @Test("distant deadline changes nothing")
    func distantDeadline() {
        var settings = BasinMapSettings(box: Box([-3...3, -3...3]), resolution: 151, iterations: 1000, tolerance: 1e-9)
        let free = computeBasinMap(of: TestNetworks.hardtanhDepthSix, targets: hardtanhTargets, settings: settings)
        settings.deadline = ContinuousClock.now + .seconds(3600)
        let timed = computeBasinMap(of: TestNetworks.hardtanhDepthSix, targets: hardtanhTargets, settings: settings)

        #expect(free.isComplete)
        #expect(timed.isComplete)
        #expect(timed.labels == free.labels)
        #expect(timed.pointIterations == free.pointIterations)
    }

    @Test("deadline also stops the coarse pass")
    func deadlineWithCoarseCells() {
        let settings = BasinMapSettings(
            box: Box([-3...3, -3...3]), resolution: 129, iterations: 1000, tolerance: 1e-9, coarseStride: 8,
            deadline: ContinuousClock.now - .seconds(1))
        let grid = computeBasinMap(of: TestNetworks.hardtanhDepthSix, targets: hardtanhTargets, settings: settings)
        #expect(grid.isComplete == false)
        #expect(grid.labels.allSatisfy { $0 == BasinLabel.unresolved })
    }

    @Test(
        "squared limit matches the square root test",
        arguments: [0, 1e-300, 1e-9, 1e-5, 0.1, 0.5, 1, 2, 3, 7.25, 1e6, 1e200, Double.greatestFiniteMagnitude])
    func squaredLimit(radius: Double) {
        let limit = OrbitRules.squaredLimit(radius)
        #expect(limit.squareRoot() <= radius)
        #expect(!(limit.nextUp.squareRoot() <= radius) || !limit.nextUp.isFinite)
    }

    @Test("squared limit of an infinite radius")
    func squaredLimitInfinite() {
        #expect(OrbitRules.squaredLimit(.infinity) == .infinity)
    }

    @Test("norm exactly at the escape radius has not escaped")
    func escapeAtRadius() {
        // x ↦ 2x from 5e5 reaches exactly 1e6 after one step and 2e6 after two.
        let doubling = Network(layers: [Layer(weights: Matrix([[2]]), bias: [0], activation: .identity)])
        let one = followOrbit(of: doubling, from: [5e5], targets: [], iterations: 1, tolerance: 1e-9, escapeRadius: 1e6)
        #expect(one.label == BasinLabel.unresolved)
        #expect(one.finalPoint == [1e6])
        let two = followOrbit(of: doubling, from: [5e5], targets: [], iterations: 2, tolerance: 1e-9, escapeRadius: 1e6)
        #expect(two.label == BasinLabel.escaped)
        #expect(two.steps == 2)
    }

    @Test("NaN counts as escaped")
    func notANumberEscapes() {
        // cube overflows to infinity, and infinity minus infinity in the next layer gives NaN.
        let network = Network(layers: [
            Layer(weights: Matrix([[1]]), bias: [0], activation: .cube),
            Layer(weights: Matrix([[1], [1]]), bias: [0, 0], activation: .identity),
            Layer(weights: Matrix([[1, -1]]), bias: [0], activation: .identity),
        ])
        let outcome = followOrbit(of: network, from: [1e200], targets: [], iterations: 5, tolerance: 1e-9)
        #expect(outcome.label == BasinLabel.escaped)
        #expect(outcome.finalPoint[0].isNaN)
        #expect(outcome.steps == 1)
    }

    @Test("three dimensions: halving reaches the trap ball on time")
    func halvingInThreeDimensions() {
        let halving3D = Network(layers: [
            Layer(weights: Matrix([[0.5, 0, 0], [0, 0.5, 0], [0, 0, 0.5]]), bias: [0, 0, 0], activation: .identity)
        ])
        let radius = 0.01
        let settings = BasinMapSettings(box: Box([-1...1, -2...2, 0...3]), resolution: [9, 11, 13], iterations: 100, tolerance: 1e-9)
        let grid = computeBasinMap(of: halving3D, targets: [BasinTarget(fixedPoint: [0, 0, 0], trapRadius: radius)], settings: settings)

        // Halving is exact in binary, so the orbit of x is x / 2^n, and it is caught at the
        // first n >= 1 with |x| / 2^n <= radius.
        var expectedWork = 0
        for index in 0..<grid.pointCount {
            let norm = grid.coordinates(ofIndex: index).reduce(0) { $0 + $1 * $1 }.squareRoot()
            var steps = 1
            while norm / Double(1 << steps) > radius { steps += 1 }
            expectedWork += steps
        }
        #expect(grid.counts == [0: 9 * 11 * 13])
        #expect(grid.pointIterations == expectedWork)
    }

    @Test("non-square grid matches followOrbit point by point")
    func nonSquareGrid() {
        // 37 x 53 points walk the grid cursor across many row ends and chunk and block boundaries.
        let settings = BasinMapSettings(box: Box([-2.5...3, -3...2]), resolution: [37, 53], iterations: 1000, tolerance: 1e-9, threads: 2)
        let grid = computeBasinMap(of: TestNetworks.hardtanhDepthSix, targets: hardtanhTargets, settings: settings)

        for index in 0..<grid.pointCount {
            let outcome = followOrbit(
                of: TestNetworks.hardtanhDepthSix, from: grid.coordinates(ofIndex: index), targets: hardtanhTargets,
                iterations: 1000, tolerance: 1e-9)
            #expect(outcome.label == grid.labels[index], "index \(index)")
        }
    }

    @Test("wide layer takes the general path")
    func wideLayer() {
        // f(x) = sum of three copies of x/3 in the plane: three hidden units per coordinate.
        let network = Network(layers: [
            Layer(weights: Matrix([[1, 0], [1, 0], [1, 0], [0, 1], [0, 1], [0, 1]]), bias: [0, 0, 0, 0, 0, 0], activation: .relu),
            Layer(weights: Matrix([[0.25, 0.25, 0.25, 0, 0, 0], [0, 0, 0, 0.25, 0.25, 0.25]]), bias: [0, 0], activation: .identity),
        ])
        // On the positive quadrant f(x) = 3x/4; elsewhere a coordinate drops to 0 at once.
        #expect(network.evaluate([1, 2]) == [0.75, 1.5])
        let settings = BasinMapSettings(box: Box([-1...1, -1...1]), resolution: 21, iterations: 200, tolerance: 1e-9)
        let grid = computeBasinMap(of: network, targets: [BasinTarget(fixedPoint: [0, 0], trapRadius: 1e-3)], settings: settings)
        #expect(grid.counts == [0: 21 * 21])
    }

    @Test("more than four target points in the plane")
    func manyTargetPoints() {
        // Seven target points, so the planar check runs two groups of four. Targets 0-2 lie
        // far outside the box; target 3 lists two attractors, as a cycle's points would be.
        let a = TestNetworks.tanhAttractor
        let targets = [
            BasinTarget(fixedPoint: [10, 10], trapRadius: 0.5),
            BasinTarget(fixedPoint: [-10, 10], trapRadius: 0.5),
            BasinTarget(fixedPoint: [10, -10], trapRadius: 0.5),
            BasinTarget(points: [[a, a], [-a, -a]], trapRadius: 0.5),
            BasinTarget(fixedPoint: [a, -a], trapRadius: 0.5),
            BasinTarget(fixedPoint: [-a, a], trapRadius: 0.5),
        ]
        let settings = BasinMapSettings(box: Box([-1...1, -1...1]), resolution: 65, iterations: 1000, tolerance: 1e-9)
        let grid = computeBasinMap(of: TestNetworks.tanhDoubling, targets: targets, settings: settings)

        for index in 0..<grid.pointCount {
            let point = grid.coordinates(ofIndex: index)
            let expected: Int32
            if point[0] == 0 || point[1] == 0 {
                expected = BasinLabel.otherFixedPoint
            } else if (point[0] > 0) == (point[1] > 0) {
                expected = 3
            } else {
                expected = point[0] > 0 ? 4 : 5
            }
            #expect(grid.labels[index] == expected, "point \(point)")
        }
    }

    private var hardtanhTargets: [BasinTarget] {
        TestNetworks.hardtanhDepthSixAttractors.map { BasinTarget(fixedPoint: $0, trapRadius: 1e-9) }
    }

    @Test("line map matches a plain loop")
    func lineAgainstPlainLoop() {
        // f(x) = |x| / 2 is exact in binary, so the orbit of x is |x| / 2^n. The balls
        // overlap, so a point in both must get the first target, as the rules order them.
        let targets = [BasinTarget(fixedPoint: [0.1], trapRadius: 0.2), BasinTarget(fixedPoint: [0], trapRadius: 0.05)]
        for iterations in [3, 1000] {
            let settings = BasinMapSettings(box: Box([-10...10]), resolution: [2001], iterations: iterations, tolerance: 1e-9)
            let grid = computeBasinMap(of: TestNetworks.leakyWidthTwo, targets: targets, settings: settings)

            var expectedWork = 0
            for index in 0..<grid.pointCount {
                var x = grid.coordinates(ofIndex: index)[0]
                var expected = BasinLabel.unresolved
                for _ in 0..<iterations {
                    x = abs(x) / 2
                    expectedWork += 1
                    if abs(x - 0.1) <= 0.2 { expected = 0 } else if abs(x) <= 0.05 { expected = 1 }
                    if expected != BasinLabel.unresolved { break }
                }
                #expect(grid.labels[index] == expected, "index \(index), budget \(iterations)")
            }
            #expect(grid.pointIterations == expectedWork)
        }
    }
}
