import Dynamics
import Testing

@testable import Basins

@Suite("Component refinement")
struct RefinementTests {
    /// The band `|x - y| < 0.05` is thinner than the coarse spacing 0.1, so on the coarse grid
    /// it contains only the diagonal points, each its own face component. On the 4× finer
    /// grid the band is one strip.
    @Test("thin diagonal band merges into one")
    func thinBand() {
        let network = TestNetworks.diagonalBand(width: 0.05)
        // Within distance 0.01 of the origin, |x - y| < 0.015 and |x + y| < 0.015, inside the basin.
        let targets = [BasinTarget(fixedPoint: [0, 0], trapRadius: 0.01)]
        let settings = BasinMapSettings(box: Box([-1.5...1.5, -1.5...1.5]), resolution: 31, iterations: 200, tolerance: 1e-9)
        let grid = computeBasinMap(of: network, targets: targets, settings: settings)

        // Diagonal points with |x| < 1 lie in the band; (±1, ±1) are fixed points.
        let coarse = components(of: 0, in: grid)
        #expect(coarse.count == 19)
        #expect(coarse.allSatisfy { $0.cellCount == 1 })

        let refined = refinedComponents(of: 0, in: grid, network: network, targets: targets, settings: settings)
        #expect(refined.components == coarse)
        #expect(refined.count == 1)
        #expect(refined.merges == 18)
        #expect(refined.examined == 19)
        #expect(refined.skipped == 0)
        #expect(refined.groups == [Array(0..<19)])
        #expect(!refined.touchesEdge(group: 0))
    }

    @Test("separate basins stay separate")
    func separateQuadrants() {
        // Four attractors of tanh(2x); mark one quadrant's basin and refine: nothing to join.
        let a = TestNetworks.tanhAttractor
        let targets = [[a, a], [a, -a], [-a, a], [-a, -a]].map { BasinTarget(fixedPoint: $0, trapRadius: 0.5) }
        let settings = BasinMapSettings(box: Box([-1...1, -1...1]), resolution: 9, iterations: 1000, tolerance: 1e-9)
        let grid = computeBasinMap(of: TestNetworks.tanhDoubling, targets: targets, settings: settings)

        let refined = refinedComponents(
            of: 0, in: grid, network: TestNetworks.tanhDoubling, targets: targets, settings: settings,
            refinement: RefinementSettings(maximumCells: 100))
        #expect(refined.examined == 1)
        #expect(refined.count == 1)
        #expect(refined.merges == 0)
    }

    @Test("patch limit counts skipped components")
    func patchLimit() {
        let network = TestNetworks.diagonalBand(width: 0.05)
        let targets = [BasinTarget(fixedPoint: [0, 0], trapRadius: 0.01)]
        let settings = BasinMapSettings(box: Box([-1.5...1.5, -1.5...1.5]), resolution: 31, iterations: 200, tolerance: 1e-9)
        let grid = computeBasinMap(of: network, targets: targets, settings: settings)

        let refined = refinedComponents(
            of: 0, in: grid, network: network, targets: targets, settings: settings,
            refinement: RefinementSettings(maximumPatches: 5))
        #expect(refined.examined == 5)
        #expect(refined.skipped == 14)
        // Five patches with a margin of 3 cells reach 3 diagonal neighbours on each side,
        // so the first 5 components join with the next 3: 8 become 1.
        #expect(refined.count == 19 - 7)
    }
}
