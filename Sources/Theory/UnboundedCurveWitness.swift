import Foundation
import Dynamics
import SpecModel

/// An unbounded curve on which `f` is constant, from the proof of Theorem 2.1: when `x` lies
/// in a basin, so does the whole curve, and the basin is unbounded.
///
/// The first rank-deficient weight matrix `W_k` has a null vector `n`. When the layers before
/// it are invertible (square full-rank matrices and bijective activations), the map `h` to
/// layer k's input is a homeomorphism of `R^d`, and `t ↦ h⁻¹(h(x) + t n)` is a curve through
/// `x` whose image under `f` is the single point `f(x)`. It is unbounded because `h` maps
/// bounded sets to bounded sets while `h(x) + t n` is unbounded.
public struct UnboundedCurveWitness: Sendable {
    /// The point the curve passes through, at `t = 0`.
    public var base: [Double]
    /// The null vector of `W_k`, of unit length.
    public var direction: [Double]
    /// `k`, 1-based.
    public var layer: Int
    /// Whether `W_k n = 0` is true in exact rational arithmetic.
    public var isExactNullVector: Bool
    /// Points of the curve at `t = ±1, ±10, ±100, ±1000`.
    public var samples: [[Double]]
    /// The largest `|f(x(t)) − f(x)|` over the samples: zero up to rounding.
    public var largestDeviation: Double

    /// One sentence for a report.
    public var summary: String {
        let curve = layer == 1
            ? "the line \(formatPointShort(base)) + t·\(formatPointShort(direction))"
            : "the curve through \(formatPointShort(base)) pulled back along the null vector \(formatPointShort(direction)) of W_\(layer)"
        let exactness = isExactNullVector ? "W_\(layer) n = 0 exactly" : "W_\(layer) n = 0 to rounding"
        let far = samples.last.map { " (for example \(formatPointShort($0)))" } ?? ""
        return "\(curve) lies in the basin because f is constant on it (\(exactness); "
            + "largest deviation \(String(format: "%.1e", largestDeviation)) over samples out to t = ±1000)\(far)"
    }
}

/// Builds Theorem 2.1's witness through `point`, when the network allows the construction.
///
/// Returns `nil` when no weight matrix is rank-deficient, or when a layer before the first
/// rank-deficient one is not invertible (a non-square or singular matrix, or an activation
/// such as relu or hardtanh that is not a bijection); Theorem 2.1 may still apply then.
public func unboundedCurveWitness(of network: Network, through point: [Double]) -> UnboundedCurveWitness? {
    let d = network.inputDimension
    guard network.isAutoencoder else { return nil }
    guard let k = network.layers.firstIndex(where: { rank(of: $0).rank < d }) else { return nil }
    let prefix = Array(network.layers[..<k])
    guard prefix.allSatisfy(isInvertible) else { return nil }
    guard let null = nullSpaceVector(of: network.layers[k]) else { return nil }

    let norm = sqrt(null.vector.reduce(0) { $0 + $1 * $1 })
    guard norm > 0 else { return nil }
    let direction = null.vector.map { $0 / norm }
    let image = forward(point, through: prefix)
    let value = network.evaluate(point)

    var samples: [[Double]] = []
    var deviation = 0.0
    for t in [1.0, -1, 10, -10, 100, -100, 1000, -1000] {
        let target = zip(image, direction).map { $0 + t * $1 }
        guard let preimage = backward(target, through: prefix) else { return nil }
        let moved = network.evaluate(preimage)
        deviation = max(deviation, zip(moved, value).map { abs($0 - $1) }.max() ?? 0)
        samples.append(preimage)
    }
    return UnboundedCurveWitness(
        base: point, direction: direction, layer: k + 1, isExactNullVector: null.isExact,
        samples: samples, largestDeviation: deviation)
}

private func isInvertible(_ layer: Layer) -> Bool {
    let activation = layer.activation
    guard activation.isStrictlyIncreasing, activation.isSurjective, layer.weights.isSquare else { return false }
    let values = singularValues(of: layer.weights)
    guard let largest = values.first, let smallest = values.last else { return false }
    return smallest > fullRankMargin * largest
}

private func forward(_ x: [Double], through layers: [Layer]) -> [Double] {
    layers.reduce(x) { current, layer in
        let z = layer.weights * current
        return zip(z, layer.bias).map { layer.activation.apply($0 + $1) }
    }
}

/// Inverts the prefix layer by layer: `x = W⁻¹(σ⁻¹(y) − b)`.
private func backward(_ y: [Double], through layers: [Layer]) -> [Double]? {
    var current = y
    for layer in layers.reversed() {
        let preActivation = zip(current, layer.bias).map { inverse(of: layer.activation, at: $0) - $1 }
        guard let solved = solve(layer.weights, preActivation) else { return nil }
        current = solved
    }
    return current
}

private func inverse(of activation: Activation, at y: Double) -> Double {
    switch activation {
    case .leakyReLU(let slope): y > 0 ? y : y / slope
    case .cube: cbrt(y)
    default: y
    }
}

private func formatPointShort(_ point: [Double]) -> String {
    "(" + point.map { String(format: "%.6g", $0) }.joined(separator: ", ") + ")"
}
