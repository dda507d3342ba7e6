import Basins
import Dynamics
import SpecModel
import Theory

/// The analyses of one spec, each computed once, on first use, and shared by every claim
/// that needs it.
final class AnalysisContext {
    let spec: Spec
    let network: Network
    let settings: ResolvedSettings
    let options: VerificationOptions

    init(spec: Spec, network: Network, options: VerificationOptions) {
        self.spec = spec
        self.network = network
        self.settings = ResolvedSettings(spec)
        self.options = options
    }

    var dimension: Int { network.inputDimension }

    /// The spec's time limit, which also cuts a basin map short when it expires.
    var timeLimit: TimeLimit?

    /// Every fixed point in the region, with the points a search found around one degenerate
    /// fixed point merged into one.
    lazy var fixedPoints: FixedPointSet = consolidateFixedPoints(
        findFixedPoints(
            of: network, in: settings.region, seed: settings.seed,
            mergeTolerance: Defaults.mergeTolerance * max(1, settings.region.maximumSide)),
        of: network, mergeTolerance: Defaults.mergeTolerance * max(1, settings.region.maximumSide))

    /// The fixed points where `Df − I` is singular or nearly so: nearby fixed points cannot
    /// be told apart there, so counts that include them are uncertain.
    lazy var degenerateFixedPoints: [FixedPoint] = fixedPoints.points.filter { isDegenerate($0, of: network) }

    /// Every fixed point in the region with its classification.
    lazy var classifiedFixedPoints: [(point: FixedPoint, stability: StabilityResult)] = fixedPoints.points.map {
        ($0, classify($0, of: network, margin: Defaults.spectralMargin))
    }

    lazy var structure = NetworkStructure(network)
    lazy var theorems: [TheoremAssessment] = assessTheorems(structure)

    func assessment(of theorem: TheoremID) -> TheoremAssessment {
        theorems.first { $0.theorem == theorem }!
    }

    /// Returns the fixed point a claimed point names, with its classification, or `nil` when
    /// no fixed point lies within the point tolerance.
    func namedFixedPoint(_ claimed: [Double]) -> (point: FixedPoint, stability: StabilityResult)? {
        if let cached = namedCache[claimed] { return cached }
        let found = nearestFixedPoint(to: claimed, of: network, within: settings.pointTolerance, candidates: fixedPoints)
        let result = found.map { ($0, classify($0, of: network, margin: Defaults.spectralMargin)) }
        namedCache[claimed] = result
        return result
    }
    private var namedCache: [[Double]: (point: FixedPoint, stability: StabilityResult)?] = [:]

    /// Returns the refined cycle that claimed points name, or `nil` when none lies within the
    /// point tolerance.
    func namedCycle(_ claimed: [[Double]]) -> CycleResult? {
        if let cached = cycleCache[claimed] { return cached }
        let result = refineCycle(near: claimed, of: network, within: settings.pointTolerance)
        cycleCache[claimed] = result
        return result
    }
    private var cycleCache: [[[Double]]: CycleResult?] = [:]

    /// The attractors whose basins the maps label: the claimed attractors and cycles that
    /// are attractive, then every other attractive fixed point in the region.
    lazy var targets: [BasinTarget] = buildTargets()

    private func buildTargets() -> [BasinTarget] {
        var targets: [BasinTarget] = []
        func add(_ points: [[Double]], trapRadius: Double?) {
            let duplicate = targets.contains { target in
                target.points.count == points.count && distance(target.points[0], points[0]) <= settings.pointTolerance
            }
            if !duplicate {
                targets.append(BasinTarget(points: points, trapRadius: max(settings.tolerance, trapRadius ?? 0)))
            }
        }
        for claim in spec.expectations.attractors {
            if let named = namedFixedPoint(claim.at.value.values), named.stability.stability == .attractive {
                add([named.point.point], trapRadius: named.stability.trapRadius)
            }
        }
        for claim in spec.expectations.cycles {
            if let cycle = namedCycle(claim.points.value.map(\.values)), cycle.stability.stability == .attractive,
                minimalPeriod(of: cycle.points, tolerance: settings.pointTolerance) == cycle.points.count
            {
                add(cycle.points, trapRadius: nil)
            }
        }
        for entry in classifiedFixedPoints where entry.stability.stability == .attractive {
            add([entry.point.point], trapRadius: entry.stability.trapRadius)
        }
        return targets
    }

    /// Returns the label that basin maps and orbits give the attractor or cycle through `point`.
    func targetLabel(of point: [Double], period: Int = 1) -> Int32? {
        targets.firstIndex { $0.points.count == period && distance($0.points[0], point) <= settings.pointTolerance }
            .map(Int32.init)
    }

    private func mapSettings(over box: Box) -> BasinMapSettings {
        BasinMapSettings(
            box: box, resolution: settings.resolution, iterations: settings.iterations,
            tolerance: settings.tolerance, escapeRadius: Defaults.escapeRadius,
            threads: options.threads ?? defaultThreadCount(), deadline: timeLimit?.deadline)
    }

    /// Returns the basin map over `box` at the spec's resolution, computing it once.
    func basinMap(over box: Box) -> LabelGrid {
        if let cached = mapCache.first(where: { $0.box == box }) { return cached.grid }
        let grid = computeBasinMap(of: network, targets: targets, settings: mapSettings(over: box))
        mapCache.append((box, grid))
        return grid
    }
    private var mapCache: [(box: Box, grid: LabelGrid)] = []

    /// Returns the components of a basin on the map over `box`, small ones checked on finer
    /// grids, because thin tongues of a basin break into spurious pieces on a coarse grid.
    func refinedBasinComponents(_ label: Int32, over box: Box) -> RefinedComponents {
        if let cached = refinedCache.first(where: { $0.box == box && $0.label == label }) { return cached.result }
        let result = refinedComponents(
            of: label, in: basinMap(over: box), network: network, targets: targets, settings: mapSettings(over: box))
        refinedCache.append((box, label, result))
        return result
    }
    private var refinedCache: [(box: Box, label: Int32, result: RefinedComponents)] = []

    /// The larger region that global claims are checked on again.
    var recheckRegion: Box { settings.region.scaled(by: Defaults.recheckScale) }

    func orbit(from start: [Double]) -> OrbitOutcome {
        followOrbit(
            of: network, from: start, targets: targets, iterations: settings.iterations,
            tolerance: settings.tolerance, escapeRadius: Defaults.escapeRadius)
    }
}

func distance(_ a: [Double], _ b: [Double]) -> Double {
    zip(a, b).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) }.squareRoot()
}

/// Returns the number of cores the machine has.
func defaultThreadCount() -> Int {
    max(1, ProcessInfo.processInfo.activeProcessorCount)
}

import Foundation
