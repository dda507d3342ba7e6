import Foundation

/// Whether a fixed point attracts a neighbourhood (Definition 1.1 of Beise and Dias Da Cruz).
public enum Stability: Sendable, Equatable {
    case attractive
    case notAttractive
    case inconclusive
}

/// The argument a classification rests on, so that a verdict can state its evidence.
public enum StabilityBasis: Sendable, Equatable {
    /// The spectral radius of the Jacobian, where `f` is differentiable at the point.
    case spectralRadius
    /// Every one-sided piece at a kink contracts in one common induced norm.
    case contractingNorm
    /// A one-sided piece expands along a direction that stays in its own cone.
    case expandingCone
    /// Orbits from seeded points on a small sphere around the point, which is numerical evidence.
    case simulation
    /// No argument applied.
    case undecided
}

/// The classification of a fixed point and its evidence.
public struct StabilityResult: Sendable {
    public var stability: Stability
    /// The spectral radius of `Df(p)`, or at a kink the largest over the one-sided pieces.
    public var spectralRadius: Double?
    /// The spectral radius of each one-sided piece at a kink; the single radius elsewhere.
    public var pieceRadii: [Double]
    /// One sentence for a report saying how the classification was decided.
    public var method: String
    /// The radius of a Euclidean ball around the point proved to lie in its basin; infinite
    /// when every ball does, `nil` when none was proved.
    public var trapRadius: Double?
    public var basis: StabilityBasis

    public init(
        stability: Stability, spectralRadius: Double?, pieceRadii: [Double], method: String,
        trapRadius: Double?, basis: StabilityBasis
    ) {
        self.stability = stability
        self.spectralRadius = spectralRadius
        self.pieceRadii = pieceRadii
        self.method = method
        self.trapRadius = trapRadius
        self.basis = basis
    }
}

/// Classifies a fixed point as attractive, not attractive or inconclusive.
///
/// Where `f` is differentiable at `p`, the spectral radius of `Df(p)` decides it:
/// below `1 − margin` attractive, above `1 + margin` not attractive. At a kink of a
/// piecewise-linear network every one-sided piece is examined (see `classifyAtKink`), and
/// orbits from a sphere seeded by `seed` decide what the pieces leave open.
public func classify(_ point: FixedPoint, of network: Network, margin: Double = 1e-9, seed: UInt64 = 0) -> StabilityResult {
    let p = point.point
    guard network.isPiecewiseLinear else {
        if network.isOnKink(p) {
            // NOTE: networks mixing smooth and piecewise-linear layers are not split into pieces,
            // so a kink point of theirs is classified by simulation only.
            return classifyBySimulation(p, of: network, radius: 1e-4 * max(1, euclideanNorm(p)), pieceRadii: [], seed: seed)
        }
        return classifyByJacobian(network.jacobian(at: p), margin: margin, trapRadius: nil)
    }

    let choices = network.pieceChoices(near: p, radius: 0)
    let count = network.patternCount(choices)
    if count > maximumLocalPatternCount {
        return StabilityResult(
            stability: .inconclusive, spectralRadius: nil, pieceRadii: [],
            method: "the point lies on \(count) one-sided pieces, more than the \(maximumLocalPatternCount) examined",
            trapRadius: nil, basis: .undecided)
    }

    var pieces: [(pattern: ActivationPattern, map: AffineMap)] = []
    network.forEachPiece(choices) { pieces.append(($0, $1)) }
    if pieces.count == 1 {
        let piece = pieces[0]
        let result = classifyByJacobian(piece.map.linear, margin: margin, trapRadius: nil)
        guard result.stability == .attractive else { return result }
        var withTrap = result
        withTrap.trapRadius = trapRadius(of: piece, at: p, in: network)
        return withTrap
    }
    return classifyAtKink(p, pieces: pieces, of: network, margin: margin, seed: seed)
}

/// Decides by `ρ(J)` at a point where `f` is differentiable with Jacobian `J`.
func classifyByJacobian(_ jacobian: Matrix, margin: Double, trapRadius: Double?) -> StabilityResult {
    let radius = spectralRadius(of: jacobian)
    if jacobian.maximumAbsoluteEntry == 0 {
        return StabilityResult(
            stability: .attractive, spectralRadius: 0, pieceRadii: [0],
            method: "Df(p) = 0, so p is super-attractive", trapRadius: trapRadius, basis: .spectralRadius)
    }

    let stability: Stability
    let method: String
    if radius < 1 - margin {
        (stability, method) = (.attractive, "spectral radius of Df(p) is \(brief(radius)), below 1")
    } else if radius > 1 + margin {
        (stability, method) = (.notAttractive, "spectral radius of Df(p) is \(brief(radius)), above 1")
    } else {
        (stability, method) = (
            .inconclusive, "spectral radius of Df(p) is \(brief(radius)), within \(brief(margin)) of 1, which decides nothing"
        )
    }
    return StabilityResult(
        stability: stability, spectralRadius: radius, pieceRadii: [radius], method: method,
        trapRadius: stability == .attractive ? trapRadius : nil, basis: .spectralRadius)
}

/// Computes the radius of a Euclidean ball around `p` that lies in the basin of `p`, where `p` is an
/// interior point of the affine piece `x ↦ A x + c` and `A` has spectral radius below 1.
///
/// Let `r` be the distance from `p` to the nearest kink hyperplane of the piece: each
/// pre-activation `z_j` is affine on the piece, so `r = min_j |z_j(p) − kink| / ‖∇z_j‖`.
/// Take the first `k ≤ 50` with `‖A^k‖₂ < 1` and `M = max_{j<k} ‖A^j‖₂ ≥ 1`. For `‖x − p‖ < r/M`
/// and `n = qk + j`, while the orbit stays in the piece `f^n(x) − p = A^n (x − p)`, so
/// `‖f^n(x) − p‖ ≤ ‖A^k‖^q M ‖x − p‖ < r`: by induction the orbit never leaves the ball of
/// radius `r`, hence the piece, and `A^n (x − p) → 0`. `nil` when no such `k` exists.
func trapRadius(of piece: (pattern: ActivationPattern, map: AffineMap), at p: [Double], in network: Network) -> Double? {
    let distanceToKink = distanceToInactiveKinks(at: p, pieces: [piece], in: network)
    let linear = piece.map.linear
    var power = Matrix.identity(linear.rows)
    var largestPowerNorm = 1.0

    for _ in 1...50 {
        power = linear * power
        let norm = operatorNorm(power, p: .two)
        if norm < 1 { return distanceToKink / largestPowerNorm * trapSafetyFactor }
        largestPowerNorm = max(largestPowerNorm, norm)
    }
    return nil
}

/// Shrinks every proved radius slightly, because the norms and distances behind it are
/// computed in floating point.
let trapSafetyFactor = 1 - 1e-6

/// Computes a Euclidean radius around `p` within which no pre-activation that is off its kinks at `p`
/// can reach one, for any of `pieces` (which differ only in units on a kink at `p`).
///
/// Along a segment from `p`, each such `z_j` changes at most `max_σ ‖∇z_j^σ‖₂` per unit of
/// length, so it stays on its piece for a length `|z_j(p) − kink| / max_σ ‖∇z_j^σ‖₂`.
func distanceToInactiveKinks(
    at p: [Double], pieces: [(pattern: ActivationPattern, map: AffineMap)], in network: Network
) -> Double {
    let preActivations = network.preActivations(p)
    let gradientMaps = pieces.map { network.preActivationMaps(for: $0.pattern) }
    var radius = Double.infinity

    for (index, layer) in network.layers.enumerated() {
        for (unit, z) in preActivations[index].enumerated() {
            let onKink = layer.activation.kinks.contains { abs(z - $0) <= slack(at: z) }
            if onKink { continue }
            let piece = pieces[0].pattern.pieces[index][unit]
            let distance = layer.activation.distanceToBoundary(of: piece, from: z)
            let gradientNorm = gradientMaps.map { euclideanNorm($0[index].linear.row(unit)) }.max() ?? 0
            if gradientNorm > 0 { radius = min(radius, distance / gradientNorm) }
        }
    }
    return radius
}

/// A number with three significant digits for method sentences, or as many as it takes
/// (up to ten) to tell a value near 1 from 1, so that "1.0001, above 1" never reads "1".
func brief(_ value: Double) -> String {
    var digits = 3
    while digits < 10, abs(value - 1) > 0, String(format: "%.\(digits)g", value) == "1" {
        digits += 1
    }
    return String(format: "%.\(digits)g", value)
}
