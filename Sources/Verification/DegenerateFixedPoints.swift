import Dynamics

/// The smallest singular value of `Df(p) − I`, relative to the largest of `Df(p)` and 1,
/// below which a fixed point counts as degenerate.
let degeneracyThreshold = 1e-6

/// Returns whether `Df(p) − I` is singular or nearly so at the fixed point, as at a
/// fold or a neutral fixed point, where Newton's method converges slowly and stops anywhere
/// in a small neighbourhood.
func isDegenerate(_ point: FixedPoint, of network: Network) -> Bool {
    let jacobian = network.jacobian(at: point.point)
    let shifted = jacobian - Matrix.identity(jacobian.rows)
    let values = singularValues(of: shifted)
    let scale = max(1, singularValues(of: jacobian).first ?? 0)
    return (values.last ?? 0) <= degeneracyThreshold * scale
}

/// Merges the fixed points that a search found around one degenerate fixed point.
///
/// Near a simple root Newton's error is about `|f(p) − p| / σ_min(Df(p) − I)`; near a
/// degenerate one that estimate grows large, and points closer than it are one fixed point.
/// Points found by solving affine pieces are exact and kept as they are. The radius is
/// capped at 10^4 merge tolerances (a thousandth of the region's side by default), so a
/// degenerate point cannot swallow fixed points that are clearly apart from it.
func consolidateFixedPoints(_ set: FixedPointSet, of network: Network, mergeTolerance: Double) -> FixedPointSet {
    let exact = set.points.filter { $0.method == .exactPiece }
    let searched = set.points.filter { $0.method != .exactPiece }.sorted { $0.residual < $1.residual }
    guard searched.count > 1 else { return set }

    var kept: [(point: FixedPoint, radius: Double)] = []
    for candidate in searched {
        let radius = min(max(mergeTolerance, errorRadius(of: candidate, network)), 1e4 * mergeTolerance)
        let absorbed = kept.contains { distance($0.point.point, candidate.point) <= max($0.radius, radius) }
        if !absorbed { kept.append((candidate, radius)) }
    }
    var result = set
    result.points = exact + kept.map(\.point).sorted { $0.point.lexicographicallyPrecedes($1.point) }
    return result
}

private func errorRadius(of point: FixedPoint, _ network: Network) -> Double {
    let jacobian = network.jacobian(at: point.point)
    let smallest = singularValues(of: jacobian - Matrix.identity(jacobian.rows)).last ?? 0
    let residual = max(point.residual, 1e-15)
    return smallest > 0 ? residual / smallest : .infinity
}
