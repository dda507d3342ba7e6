/// The maximum number of activation patterns `nearestFixedPoint` solves around a claimed point before it
/// relies on Newton's method alone.
let maximumLocalPatternCount = 1 << 16

/// Finds the fixed point of `f` nearest to `claimed` within Euclidean `distance`, or `nil` when
/// none is found.
///
/// Looks among `candidates` first. A claimed point may lie outside the searched region, so it
/// then solves every affine piece that a point within `distance` can reach (for
/// piecewise-linear networks), and finally runs Newton's method from the claimed point.
public func nearestFixedPoint(
    to claimed: [Double], of network: Network, within distance: Double, candidates: FixedPointSet? = nil
) -> FixedPoint? {
    precondition(network.isAutoencoder, "fixed points need a network from R^d to itself")
    let nearest = { (points: [FixedPoint]) in
        points.filter { euclideanDistance($0.point, claimed) <= distance }
            .min { euclideanDistance($0.point, claimed) < euclideanDistance($1.point, claimed) }
    }

    if let found = nearest(candidates?.points ?? []) { return found }

    if network.isPiecewiseLinear {
        let choices = network.pieceChoices(near: claimed, radius: distance)
        if network.patternCount(choices) <= maximumLocalPatternCount {
            let solutions = solvePieces(of: network, choices: choices, in: nil)
            if let found = nearest(solutions.points) { return found }
        }
    }

    guard let x = newtonFixedPoint(of: network, from: claimed), euclideanDistance(x, claimed) <= distance else {
        return nil
    }
    return FixedPoint(
        point: x, residual: euclideanDistance(network.evaluate(x), x), onKink: network.isOnKink(x), method: .newton)
}
