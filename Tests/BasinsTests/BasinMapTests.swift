import Dynamics
import Foundation
import Testing

@testable import Basins

@Suite("Basin map")
struct BasinMapTests {
    @Test("cube: basin of 0 is (-1, 1)")
    func cubeBasin() {
        // 257 points on [-2, 2] are the multiples of 1/64, so ±1 are grid points exactly.
        let settings = BasinMapSettings(box: Box([-2...2]), resolution: 257, iterations: 100, tolerance: 1e-9, threads: 2)
        let targets = [BasinTarget(fixedPoint: [0], trapRadius: 0.5)]
        let grid = computeBasinMap(of: TestNetworks.cube, targets: targets, settings: settings)

        for index in 0..<grid.pointCount {
            let x = grid.coordinates(ofIndex: index)[0]
            let expected: Int32 = abs(x) < 1 ? 0 : abs(x) > 1 ? BasinLabel.escaped : BasinLabel.otherFixedPoint
            #expect(grid.labels[index] == expected, "x = \(x)")
        }
        #expect(grid.counts[0] == 127)
        #expect(grid.counts[BasinLabel.otherFixedPoint] == 2)
    }

    @Test("cube: basin is one bounded run")
    func cubeComponents() {
        let settings = BasinMapSettings(box: Box([-2...2]), resolution: 257, iterations: 100, tolerance: 1e-9)
        let grid = computeBasinMap(of: TestNetworks.cube, targets: [BasinTarget(fixedPoint: [0], trapRadius: 0.5)], settings: settings)

        let basin = components(of: 0, in: grid)
        #expect(basin.count == 1)
        #expect(basin.first?.touchesEdge == false)
        #expect(basin.first?.lowerCorner == [65])
        #expect(basin.first?.upperCorner == [191])

        let complement = complementComponents(of: 0, in: grid)
        #expect(complement.count == 2)
        #expect(complement.allSatisfy { $0.touchesEdge })
    }

    @Test("leaky ReLU width two: f(x) = |x|/2, basin is the line")
    func leakyWidthTwo() {
        // lrelu(x) + lrelu(-x) is x - x/2 for x > 0 and x/2 - x for x < 0, so every orbit halves
        // its distance to 0 and the only fixed point is 0.
        for x in [-3.0, -0.25, 0.5, 2] {
            #expect(TestNetworks.leakyWidthTwo.evaluate([x]) == [abs(x) / 2])
        }
        let settings = BasinMapSettings(box: Box([-4...4]), resolution: 801, iterations: 1000, tolerance: 1e-9)
        let grid = computeBasinMap(of: TestNetworks.leakyWidthTwo, targets: [BasinTarget(fixedPoint: [0], trapRadius: 1e-3)], settings: settings)

        #expect(grid.counts == [0: 801])
        #expect(components(of: 0, in: grid).count == 1)
        #expect(complementComponents(of: 0, in: grid).isEmpty)
    }

    @Test("halving map: one component filling the box")
    func halving() {
        let settings = BasinMapSettings(box: Box([-2...2, -1...3]), resolution: [41, 33], iterations: 200, tolerance: 1e-9)
        let grid = computeBasinMap(of: TestNetworks.halving, targets: [BasinTarget(fixedPoint: [0, 0], trapRadius: 1e-6)], settings: settings)

        #expect(grid.counts == [0: 41 * 33])
        let basin = components(of: 0, in: grid)
        #expect(basin.count == 1)
        #expect(basin.first?.cellCount == 41 * 33)
        #expect(basin.first?.touchesEdge == true)
        #expect(basin.first?.lowerCorner == [0, 0])
        #expect(basin.first?.upperCorner == [40, 32])
        #expect(complementComponents(of: 0, in: grid).isEmpty)
    }

    @Test("tanh(2x): four attractors, basins the open quadrants")
    func tanhQuadrants() {
        let a = TestNetworks.tanhAttractor
        let attractors = [[a, a], [a, -a], [-a, a], [-a, -a]]
        // Each open quadrant is invariant and every orbit in it converges to its attractor,
        // so a ball of radius 0.5 < a around the attractor lies in the basin.
        let targets = attractors.map { BasinTarget(fixedPoint: $0, trapRadius: 0.5) }
        // 65 points on [-1, 1] are the multiples of 1/32, so the axes are grid lines exactly.
        let settings = BasinMapSettings(box: Box([-1...1, -1...1]), resolution: 65, iterations: 1000, tolerance: 1e-9)
        let grid = computeBasinMap(of: TestNetworks.tanhDoubling, targets: targets, settings: settings)

        for index in 0..<grid.pointCount {
            let point = grid.coordinates(ofIndex: index)
            let expected: Int32
            if point[0] == 0 || point[1] == 0 {
                expected = BasinLabel.otherFixedPoint  // the origin or a saddle (0, ±a), (±a, 0)
            } else {
                expected = Int32((point[0] > 0 ? 0 : 2) + (point[1] > 0 ? 0 : 1))
            }
            #expect(grid.labels[index] == expected, "point \(point)")
        }

        for target in Int32(0)..<4 {
            let basin = components(of: target, in: grid)
            #expect(basin.count == 1, "target \(target)")
            #expect(basin.first?.cellCount == 32 * 32, "target \(target)")
            #expect(complementComponents(of: target, in: grid).count == 1, "target \(target)")
        }
    }

    @Test("labels identical with 1 and 2 threads")
    func threadCountDoesNotMatter() {
        let targets = TestNetworks.hardtanhDepthSixAttractors.map { BasinTarget(fixedPoint: $0, trapRadius: 1e-9) }
        var settings = BasinMapSettings(box: Box([-3...3, -3...3]), resolution: 301, iterations: 1000, tolerance: 1e-9, threads: 1)
        let single = computeBasinMap(of: TestNetworks.hardtanhDepthSix, targets: targets, settings: settings)
        settings.threads = 2
        let double = computeBasinMap(of: TestNetworks.hardtanhDepthSix, targets: targets, settings: settings)
        let again = computeBasinMap(of: TestNetworks.hardtanhDepthSix, targets: targets, settings: settings)

        #expect(single.labels == double.labels)
        #expect(double.labels == again.labels)
        #expect(single.pointIterations == double.pointIterations)
        #expect(Set(single.labels) == [0, 1, 2, 3], "the map should show all four basins")
    }

    @Test("followOrbit agrees with the grid")
    func followOrbitAgrees() {
        let targets = TestNetworks.hardtanhDepthSixAttractors.map { BasinTarget(fixedPoint: $0, trapRadius: 1e-9) }
        let settings = BasinMapSettings(box: Box([-3...3, -3...3]), resolution: 41, iterations: 1000, tolerance: 1e-9)
        let grid = computeBasinMap(of: TestNetworks.hardtanhDepthSix, targets: targets, settings: settings)

        var steps = 0
        for index in 0..<grid.pointCount {
            let outcome = followOrbit(
                of: TestNetworks.hardtanhDepthSix, from: grid.coordinates(ofIndex: index), targets: targets,
                iterations: 1000, tolerance: 1e-9)
            #expect(outcome.label == grid.labels[index], "index \(index)")
            steps += outcome.steps
        }
        #expect(steps == grid.pointIterations)
    }

    @Test("followOrbit reports steps and final point")
    func followOrbitOutcome() {
        let outcome = followOrbit(
            of: TestNetworks.halving, from: [1, 0], targets: [BasinTarget(fixedPoint: [0, 0], trapRadius: 0.1)],
            iterations: 100, tolerance: 1e-9)
        // 1/2^4 = 0.0625 is the first power within 0.1 of the origin.
        #expect(outcome == OrbitOutcome(label: 0, steps: 4, finalPoint: [0.0625, 0]))

        let escaping = followOrbit(of: TestNetworks.cube, from: [1.5], targets: [], iterations: 100, tolerance: 1e-9)
        #expect(escaping.label == BasinLabel.escaped)
        #expect(escaping.finalPoint[0] > 1e6)

        let budget = followOrbit(of: TestNetworks.halving, from: [1, 1], targets: [], iterations: 3, tolerance: 1e-9)
        #expect(budget == OrbitOutcome(label: BasinLabel.unresolved, steps: 3, finalPoint: [0.125, 0.125]))
    }

    @Test("slow convergence is not a stall")
    func slowConvergenceReachesTarget() {
        // With a trap ball as small as the tolerance, the halving map's steps drop below the
        // tolerance before the orbit is within it. The orbit must still count as converged.
        let outcome = followOrbit(
            of: TestNetworks.halving, from: [1, 0], targets: [BasinTarget(fixedPoint: [0, 0], trapRadius: 1e-9)],
            iterations: 100, tolerance: 1e-9)
        #expect(outcome.label == 0)
    }

    @Test("coarse heuristic changes few labels")
    func coarseHeuristic() {
        let targets = TestNetworks.hardtanhDepthSixAttractors.map { BasinTarget(fixedPoint: $0, trapRadius: 1e-9) }
        var settings = BasinMapSettings(box: Box([-3...3, -3...3]), resolution: 257, iterations: 1000, tolerance: 1e-9)
        let exact = computeBasinMap(of: TestNetworks.hardtanhDepthSix, targets: targets, settings: settings)
        settings.coarseStride = 8
        let coarse = computeBasinMap(of: TestNetworks.hardtanhDepthSix, targets: targets, settings: settings)
        settings.threads = 1
        let coarseSingle = computeBasinMap(of: TestNetworks.hardtanhDepthSix, targets: targets, settings: settings)

        #expect(coarse.labels == coarseSingle.labels, "the heuristic must not depend on threads")
        let changed = zip(exact.labels, coarse.labels).count { $0 != $1 }
        #expect(Double(changed) < 0.01 * Double(exact.pointCount), "\(changed) labels changed")
        for index in stride(from: 0, to: exact.pointCount, by: 8) where exact.multiIndex(ofIndex: index).allSatisfy({ $0 % 8 == 0 }) {
            #expect(coarse.labels[index] == exact.labels[index], "coarse lattice point \(index) must be exact")
        }
    }

    @Test("zero iterations leave every point unresolved")
    func zeroIterations() {
        let settings = BasinMapSettings(box: Box([-1...1]), resolution: 5, iterations: 0, tolerance: 1e-9)
        let grid = computeBasinMap(of: TestNetworks.cube, targets: [BasinTarget(fixedPoint: [0], trapRadius: 0.5)], settings: settings)
        #expect(grid.labels == Array(repeating: BasinLabel.unresolved, count: 5))
    }

    @Test("grid coordinates follow NumPy linspace")
    func gridCoordinates() {
        let grid = LabelGrid(box: Box([0...1, -2...2]), resolution: [3, 5], labels: Array(repeating: 0, count: 15))
        #expect(grid.coordinates(ofIndex: 0) == [0, -2])
        #expect(grid.coordinates(ofIndex: 4) == [0, 2])
        #expect(grid.coordinates(ofIndex: 5) == [0.5, -2])
        #expect(grid.coordinates(ofIndex: 13) == [1, 1])
        #expect(grid.cellSize == [0.5, 1])
        #expect(grid.multiIndex(ofIndex: 13) == [2, 3])
        #expect(grid.flatIndex(of: [2, 3]) == 13)
    }
}
