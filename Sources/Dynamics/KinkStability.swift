import Foundation

/// Classifies a fixed point on a kink from the one-sided pieces of `f` there.
///
/// Near `p` each piece applies on a cone with apex `p`, and on it `f(x) − p = A_σ (x − p)`.
/// So `p` is attractive when one induced norm makes every `A_σ` a contraction, and not
/// attractive when some `A_σ` has a real eigenvalue beyond ±1 whose eigenvector stays in that
/// piece's own cone. Otherwise orbits from a small sphere decide, as numerical evidence.
///
/// NOTE: every combination of one-sided choices counts as a piece, including combinations
/// whose cone is empty. Such pieces can make the contraction test fail but never pass wrongly,
/// and they can raise the reported spectral radius.
func classifyAtKink(
    _ p: [Double], pieces: [(pattern: ActivationPattern, map: AffineMap)], of network: Network,
    margin: Double, seed: UInt64
) -> StabilityResult {
    let radii = pieces.map { spectralRadius(of: $0.map.linear) }
    let largestRadius = radii.max()

    for norm in [InducedNorm.infinity, .one, .two] {
        let largest = pieces.map { operatorNorm($0.map.linear, p: norm) }.max()!
        guard largest < 1 - margin else { continue }
        return StabilityResult(
            stability: .attractive, spectralRadius: largestRadius, pieceRadii: radii,
            method: "all \(pieces.count) one-sided pieces contract in the \(norm) (max \(brief(largest)))",
            trapRadius: contractingTrapRadius(at: p, pieces: pieces, norm: norm, in: network),
            basis: .contractingNorm)
    }

    for piece in pieces {
        guard let factor = expansionInOwnCone(of: piece, at: p, in: network, margin: margin) else { continue }
        return StabilityResult(
            stability: .notAttractive, spectralRadius: largestRadius, pieceRadii: radii,
            method: "a one-sided piece has eigenvalue \(brief(factor)) along a direction that stays in its own cone",
            trapRadius: nil, basis: .expandingCone)
    }

    let localRadius = distanceToInactiveKinks(at: p, pieces: pieces, in: network)
    let radius = min(1e-4 * max(1, euclideanNorm(p)), localRadius / 2)
    return classifyBySimulation(p, of: network, radius: radius, pieceRadii: radii, seed: seed)
}

/// The Euclidean radius of a ball in the basin, given that every piece contracts in `norm`.
///
/// The ball `B_N(p, R)` of the norm lies in the Euclidean ball of radius `r` where no other
/// kink is reached when `R = r / c` with `‖v‖₂ ≤ c ‖v‖_N`; each piece maps it into itself
/// and shrinks it, so it lies in the basin. It contains the Euclidean ball of radius `R / c'`
/// with `‖v‖_N ≤ c' ‖v‖₂`. For the ∞-norm `c = √d, c' = 1`; for the 1-norm `c = 1, c' = √d`.
private func contractingTrapRadius(
    at p: [Double], pieces: [(pattern: ActivationPattern, map: AffineMap)], norm: InducedNorm, in network: Network
) -> Double {
    let euclidean = distanceToInactiveKinks(at: p, pieces: pieces, in: network)
    let rootDimension = Double(p.count).squareRoot()
    let shrink = norm == .two ? 1 : rootDimension
    return euclidean / shrink * trapSafetyFactor
}

/// Finds a real eigenvalue `λ` with `|λ| > 1 + margin` whose eigenvector points into the
/// piece's own cone at `p`, so that points on that ray move away from `p`. For `λ < −1` the
/// eigenvector and its negative both must. Returns `nil` when no eigenvalue qualifies.
private func expansionInOwnCone(
    of piece: (pattern: ActivationPattern, map: AffineMap), at p: [Double], in network: Network, margin: Double
) -> Double? {
    let linear = piece.map.linear
    let expanding = eigenvalues(of: linear).filter { $0.imaginary == 0 && abs($0.real) > 1 + margin }.map(\.real)

    for lambda in expanding {
        guard let direction = eigenvector(of: linear, for: lambda) else { continue }
        let negated = direction.map { -$0 }
        let forward = staysInCone(direction, of: piece.pattern, at: p, in: network)
        let backward = staysInCone(negated, of: piece.pattern, at: p, in: network)
        if lambda > 0 ? (forward || backward) : (forward && backward) { return lambda }
    }
    return nil
}

/// Finds a unit vector `v` with `(A − λI) v ≈ 0`: the right singular vector of the smallest
/// singular value of `A − λI`, accepted when that value is at most `1e-8 · max(1, σ_max)`.
private func eigenvector(of matrix: Matrix, for lambda: Double) -> [Double]? {
    let shifted = matrix.shiftedDiagonal(by: lambda)
    let decomposition = jacobiDecomposition(of: shifted)
    let norms = decomposition.columnNorms
    guard let smallest = norms.indices.min(by: { norms[$0] < norms[$1] }),
          norms[smallest] <= 1e-8 * max(1, norms.max()!) else { return nil }
    return (0..<matrix.columns).map { decomposition.rightVectors[$0, smallest] }
}

/// Whether `p + εv` lies on `pattern`'s pieces for all small `ε > 0`: every unit on a kink at
/// `p` must move, to first order along `v`, into its chosen side or stay on the kink.
private func staysInCone(_ v: [Double], of pattern: ActivationPattern, at p: [Double], in network: Network) -> Bool {
    let maps = network.preActivationMaps(for: pattern)
    for (index, z) in network.preActivations(p).enumerated() {
        let activation = network.layers[index].activation
        for (unit, value) in z.enumerated() {
            let interval = activation.pieceInterval(pattern.pieces[index][unit])
            let gradient = maps[index].linear.row(unit)
            let rate = dot(gradient, v)
            let tolerance = 1e-12 * euclideanNorm(gradient)
            if abs(value - interval.lowerBound) <= slack(at: value), rate < -tolerance { return false }
            if abs(value - interval.upperBound) <= slack(at: value), rate > tolerance { return false }
        }
    }
    return true
}

/// Points on the simulation sphere: seeded random directions plus both directions of each axis.
let simulationDirections = 64
/// Iterations each simulated orbit gets.
let simulationIterations = 10_000

/// Iterates seeded points on a sphere of `radius` around `p`. All of them converging (to
/// within `1e-6 · radius`) reads as attractive, any of them ending farther than `radius` or
/// diverging as not attractive, anything else as inconclusive.
func classifyBySimulation(_ p: [Double], of network: Network, radius: Double, pieceRadii: [Double], seed: UInt64) -> StabilityResult {
    var generator = SeededGenerator(seed: seed)
    var directions = (0..<simulationDirections).map { _ in generator.unitVector(dimension: p.count) }
    for axis in p.indices {
        for sign in [1.0, -1.0] {
            var direction = [Double](repeating: 0, count: p.count)
            direction[axis] = sign
            directions.append(direction)
        }
    }

    var (converged, escaped) = (0, 0)
    for direction in directions {
        switch simulateOrbit(from: zip(p, direction).map { $0 + radius * $1 }, towards: p, of: network, radius: radius) {
        case .converged: converged += 1
        case .escaped: escaped += 1
        case .undecided: break
        }
    }

    let summary = "\(converged) of \(directions.count) seeded points at distance \(brief(radius)) converged"
        + " within \(simulationIterations) iterations and \(escaped) escaped (simulation)"
    let stability: Stability = escaped > 0 ? .notAttractive : (converged == directions.count ? .attractive : .inconclusive)
    return StabilityResult(
        stability: stability, spectralRadius: pieceRadii.max(), pieceRadii: pieceRadii, method: summary,
        trapRadius: nil, basis: stability == .inconclusive ? .undecided : .simulation)
}

private enum OrbitOutcome {
    case converged, escaped, undecided
}

private func simulateOrbit(from start: [Double], towards p: [Double], of network: Network, radius: Double) -> OrbitOutcome {
    var x = start
    let divergence = 1e6 * max(1, euclideanNorm(p))
    for _ in 0..<simulationIterations {
        x = network.evaluate(x)
        let distance = euclideanDistance(x, p)
        if distance <= 1e-6 * radius { return .converged }
        if !distance.isFinite || distance > divergence { return .escaped }
    }
    return euclideanDistance(x, p) > radius ? .escaped : .undecided
}
