/// The method that found a fixed point.
public enum FixedPointMethod: Sendable, Equatable {
    /// Solved `(A − I) x = −c` on an affine piece `A x + c` of a piecewise-linear network.
    case exactPiece
    /// Converged to by damped Newton's method on `f(x) − x`.
    case newton
}

/// A point `p` with `f(p) = p`, up to `residual`.
public struct FixedPoint: Sendable, Equatable {
    public var point: [Double]
    /// `‖f(p) − p‖₂` evaluated in floating point.
    public var residual: Double
    /// Whether some unit's pre-activation at `p` lies within the kink slack of a kink, so that
    /// `f` may not be differentiable there.
    public var onKink: Bool
    public var method: FixedPointMethod

    public init(point: [Double], residual: Double, onKink: Bool, method: FixedPointMethod) {
        self.point = point
        self.residual = residual
        self.onKink = onKink
        self.method = method
    }
}

/// The fixed points found in a region, and whether the search was exhaustive.
public struct FixedPointSet: Sendable {
    /// Isolated fixed points, merged by the requested tolerance, in lexicographic order.
    public var points: [FixedPoint]
    /// Whether every affine piece of `f` was solved, so that no isolated fixed point in the
    /// region can be missing.
    public var isComplete: Bool
    /// One point of each non-isolated set of fixed points found, such as a piece on which `f`
    /// is the identity.
    public var continua: [[Double]]
    /// One sentence for reports saying how the points were found.
    public var method: String

    public init(points: [FixedPoint], isComplete: Bool, continua: [[Double]], method: String) {
        self.points = points
        self.isComplete = isComplete
        self.continua = continua
        self.method = method
    }
}

/// The largest number of activation patterns `findFixedPoints` solves one by one before it
/// falls back to Newton's method; each pattern costs one small linear solve.
public let defaultMaximumPatternCount = 1 << 20

/// Finds the fixed points of an autoencoder in `region`.
///
/// For a piecewise-linear network with at most `maximumPatternCount` activation patterns,
/// every pattern's affine map `A x + c` is solved exactly for `(A − I) x = −c`, and a solution
/// is kept when it lies in the region and its pre-activations agree with the pattern (both
/// within a small slack, so that a point on a kink is found from either side). Otherwise the
/// search runs damped Newton's method from seeded starts and may miss fixed points, which
/// `isComplete` records. Points closer than `mergeTolerance` (Euclidean) count as one.
public func findFixedPoints(
    of network: Network, in region: Box, seed: UInt64, mergeTolerance: Double,
    maximumPatternCount: Int = defaultMaximumPatternCount
) -> FixedPointSet {
    precondition(network.isAutoencoder, "fixed points need a network from R^d to itself")
    precondition(region.dimension == network.inputDimension, "the region's dimension differs from the network's")

    if network.isPiecewiseLinear {
        let choices = network.allPieceChoices
        let count = network.patternCount(choices)
        if count <= maximumPatternCount {
            let found = solvePieces(of: network, choices: choices, in: region)
            return FixedPointSet(
                points: merge(found.points, tolerance: mergeTolerance),
                isComplete: true,
                continua: found.continua,
                method: "solved the linear system of each of the \(count) affine pieces of f")
        }
    }

    let search = newtonSearch(of: network, in: region, seed: seed)
    return FixedPointSet(
        points: merge(search.points, tolerance: mergeTolerance),
        isComplete: false,
        continua: [],
        method: search.description)
}

/// Fixed points and continua of fixed points found by solving affine pieces.
struct PieceSolutions {
    var points: [FixedPoint] = []
    var continua: [[Double]] = []
}

/// Solves every pattern `choices` allows, keeping solutions in `region` (when given) that
/// agree with their pattern. Points lying on a continuum found in the same pass are dropped,
/// because they are not isolated.
func solvePieces(of network: Network, choices: [[[Int]]], in region: Box?) -> PieceSolutions {
    var result = PieceSolutions()
    var continuumPieces: [(pattern: ActivationPattern, map: AffineMap)] = []
    let regionSlack = 1e-9 * max(1, region?.maximumSide ?? 1)
    let accepts = { (x: [Double], pattern: ActivationPattern) in
        (region?.contains(x, slack: regionSlack) ?? true) && network.isConsistent(x, with: pattern)
    }

    let searchBox = region.map { Box($0.intervals.map { ($0.lowerBound - regionSlack)...($0.upperBound + regionSlack) }) }
    network.forEachPiece(choices, within: searchBox) { pattern, map in
        switch fixedPoints(of: map) {
        case .none:
            break
        case .point(let x):
            if accepts(x, pattern) { result.points.append(exactFixedPoint(x, of: network)) }
        case .continuum(let set):
            // The projection of the region's centre comes first, as the most typical point.
            let candidates = (region.map { [project(centre(of: $0), onto: set)] } ?? []) + [set.particular]
            if let x = candidates.first(where: { accepts($0, pattern) }) {
                result.continua.append(x)
                continuumPieces.append((pattern, map))
            }
        }
    }

    // NOTE: a continuum is detected only where the particular solution or the projection of
    // the region's centre lies on its piece. A continuum meeting the region elsewhere is missed.
    result.points.removeAll { fixedPoint in
        continuumPieces.contains { piece in
            network.isConsistent(fixedPoint.point, with: piece.pattern)
                && euclideanDistance(piece.map.apply(fixedPoint.point), fixedPoint.point)
                    <= 1e-9 * max(1, euclideanNorm(fixedPoint.point))
        }
    }
    return result
}

/// The fixed points of one affine piece.
enum PieceFixedPoints {
    case none
    case point([Double])
    case continuum(AffineSolutionSet)
}

/// Solves `(A − I) x = −c`, treating `A − I` as singular when a pivot falls below
/// `1e-12 · max(1, max|A_ij|)`; a consistent singular system is a continuum.
///
/// NOTE: a piece with `A − I` that singular but a fixed point far from rounding noise, such as
/// `A = I + 1e-13 E`, is taken for a continuum.
func fixedPoints(of map: AffineMap) -> PieceFixedPoints {
    let system = map.linear.shiftedDiagonal(by: 1)
    let rightSide = map.offset.map { -$0 }
    let scale = max(1, map.linear.maximumAbsoluteEntry)
    if let x = solve(system, rightSide, relativeTolerance: 1e-12, scale: scale) { return .point(x) }
    guard let set = solutionSet(system, rightSide, relativeTolerance: 1e-12, scale: scale) else { return .none }
    return set.directions.isEmpty ? .point(set.particular) : .continuum(set)
}

func exactFixedPoint(_ x: [Double], of network: Network) -> FixedPoint {
    FixedPoint(
        point: x, residual: euclideanDistance(network.evaluate(x), x),
        onKink: network.isOnKink(x), method: .exactPiece)
}

private func centre(of box: Box) -> [Double] {
    box.intervals.map { ($0.lowerBound + $0.upperBound) / 2 }
}

/// The point of the affine set nearest to `point`: `x₀ + N (NᵀN)⁻¹ Nᵀ (point − x₀)`.
private func project(_ point: [Double], onto set: AffineSolutionSet) -> [Double] {
    let basis = Matrix(set.directions).transposed
    let gap = zip(point, set.particular).map { $0 - $1 }
    let gram = basis.transposed * basis
    guard let coefficients = solve(gram, basis.transposed * gap) else { return set.particular }
    return zip(set.particular, basis * coefficients).map { $0 + $1 }
}

/// Merges points closer than `tolerance`, keeping the one with the smallest residual and
/// marking it on a kink when any merged point was; sorted lexicographically.
func merge(_ points: [FixedPoint], tolerance: Double) -> [FixedPoint] {
    var kept: [FixedPoint] = []
    for candidate in points.sorted(by: { $0.residual < $1.residual }) {
        if let index = kept.firstIndex(where: { euclideanDistance($0.point, candidate.point) <= tolerance }) {
            kept[index].onKink = kept[index].onKink || candidate.onKink
        } else {
            kept.append(candidate)
        }
    }
    return kept.sorted { $0.point.lexicographicallyPrecedes($1.point) }
}
