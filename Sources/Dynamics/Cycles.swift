/// A periodic orbit `p_1 → p_2 → … → p_k → p_1` refined from claimed points.
public struct CycleResult: Sendable {
    /// The refined points, in the claimed order.
    public var points: [[Double]]
    /// The Euclidean distance of each refined point from the claimed one.
    public var distances: [Double]
    /// The classification of `points[0]` as a fixed point of `f^k`. The cycle attracts a
    /// neighbourhood exactly when that point does (Remark 2.17 of Beise and Dias Da Cruz).
    public var stability: StabilityResult

    public init(points: [[Double]], distances: [Double], stability: StabilityResult) {
        self.points = points
        self.distances = distances
        self.stability = stability
    }
}

/// Refines the cycle of `f` whose points lie within Euclidean `distance` of the claimed ones, in
/// order, or `nil` when there is none.
///
/// The first point is refined as a fixed point of `f^k`, which is itself a network (the
/// layers repeated `k` times): exactly on its affine pieces for piecewise-linear networks,
/// by Newton's method otherwise. The other points are its images under `f`, and each must
/// lie within `distance` of its claimed point, which checks `f(p_i) ≈ p_{i+1}`.
public func refineCycle(
    near claimed: [[Double]], of network: Network, within distance: Double, margin: Double = 1e-9, seed: UInt64 = 0
) -> CycleResult? {
    precondition(!claimed.isEmpty, "a cycle has at least one point")
    precondition(network.isAutoencoder, "cycles need a network from R^d to itself")
    let period = claimed.count
    let composed = Network(layers: Array(repeating: network.layers, count: period).flatMap { $0 })

    guard let start = nearestFixedPoint(to: claimed[0], of: composed, within: distance) else { return nil }
    var points = [start.point]
    for _ in 1..<period { points.append(network.evaluate(points[points.count - 1])) }

    let distances = zip(points, claimed).map { euclideanDistance($0, $1) }
    guard distances.allSatisfy({ $0 <= distance }) else { return nil }
    return CycleResult(
        points: points, distances: distances, stability: classify(start, of: composed, margin: margin, seed: seed))
}
