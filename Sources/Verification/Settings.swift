import Dynamics
import SpecModel

/// How a run checks specs, beyond what each spec says.
public struct VerificationOptions: Sendable {
    /// Threads for basin maps; `nil` uses every core. Reports do not depend on it.
    public var threads: Int?
    /// Wall-clock seconds allowed for checking one spec; `nil` for no limit. Claims not yet
    /// judged when it expires are inconclusive.
    public var timeLimit: Double?

    public init(threads: Int? = nil, timeLimit: Double? = nil) {
        self.threads = threads
        self.timeLimit = timeLimit
    }
}

/// The defaults used for analysis settings a spec leaves out; `verify --explain` prints them.
public enum Defaults {
    public static let iterations = 1000
    public static let tolerance = 1e-9
    public static let pointTolerance = 1e-5
    public static let seed: UInt64 = 1
    /// Grid points per axis for one-dimensional maps.
    public static let resolution1D = 2001
    /// Grid points per axis for two-dimensional maps.
    public static let resolution2D = 401
    /// The box used when a spec names no point and no region.
    public static let regionHalfWidth = 4.0
    /// The chosen region reaches this far beyond the named points, and at least half their
    /// spread.
    public static let regionMargin = 2.0
    /// Global claims are checked again on the region scaled by this factor about its centre.
    public static let recheckScale = 2.0
    /// A share of unresolved grid points above this makes topological claims inconclusive.
    public static let maximumUnresolvedShare = 0.01
    /// A spectral radius within this of 1 decides nothing.
    public static let spectralMargin = 1e-9
    /// Fixed points closer than this share of the region's largest side are one point.
    public static let mergeTolerance = 1e-7
    /// Orbits whose norm exceeds this have escaped.
    public static let escapeRadius = 1e6
}

/// Analysis settings with every default filled in.
struct ResolvedSettings {
    var region: Box
    /// Whether the verifier chose the region because the spec gives none.
    var regionWasChosen: Bool
    var resolution: [Int]
    var iterations: Int
    var tolerance: Double
    var pointTolerance: Double
    var seed: UInt64

    init(_ spec: Spec) {
        let d = spec.network.input.value
        let analysis = spec.analysis
        if let region = analysis.region {
            self.region = Box(region.value)
            regionWasChosen = false
        } else {
            self.region = chosenRegion(for: spec)
            regionWasChosen = true
        }
        let perAxis = d == 1 ? Defaults.resolution1D : Defaults.resolution2D
        let written = analysis.resolution?.value ?? [perAxis]
        resolution = written.count == d ? written : Array(repeating: written[0], count: d)
        iterations = analysis.iterations?.value ?? Defaults.iterations
        tolerance = analysis.tolerance?.value ?? Defaults.tolerance
        pointTolerance = analysis.pointTolerance?.value ?? Defaults.pointTolerance
        seed = analysis.seed?.value ?? Defaults.seed
    }

    /// The width of a grid cell along each axis.
    var cellSize: [Double] {
        zip(region.intervals, resolution).map { ($0.upperBound - $0.lowerBound) / Double($1 - 1) }
    }
}

/// A box holding every point the spec names, with margin; `[-4, 4]^d` when it names none.
private func chosenRegion(for spec: Spec) -> Box {
    let d = spec.network.input.value
    let points = namedPoints(spec).filter { $0.count == d }
    guard !points.isEmpty else {
        return Box(Array(repeating: -Defaults.regionHalfWidth...Defaults.regionHalfWidth, count: d))
    }
    return Box((0..<d).map { axis in
        let values = points.map { $0[axis] }
        let (low, high) = (values.min()!, values.max()!)
        let margin = max(Defaults.regionMargin, (high - low) / 2)
        return (low - margin)...(high + margin)
    })
}

private func namedPoints(_ spec: Spec) -> [[Double]] {
    let expect = spec.expectations
    var points = expect.notAttractive.map { $0.value.values }
    for attractor in expect.attractors {
        points.append(attractor.at.value.values)
        points += attractor.basin.contains.map { $0.value.values } + attractor.basin.excludes.map { $0.value.values }
    }
    for cycle in expect.cycles {
        points += cycle.points.value.map(\.values)
        points += cycle.basin.contains.map { $0.value.values } + cycle.basin.excludes.map { $0.value.values }
    }
    return points
}
