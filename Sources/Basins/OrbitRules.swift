import Dynamics

/// Decides after each step whether an orbit's label is known.
///
/// The checks run in the order a NumPy user would label a point (see `computeBasinMap`).
/// Escape comes first, then the targets' trap balls, then an exact fixed point. At the end
/// of the budget comes a stall near some other fixed point.
struct OrbitRules {
    let dimension: Int
    /// Every target's points, `dimension` numbers each, in target order.
    let targetPoints: [Double]
    /// For each entry of `targetPoints`, its target's index and trap radius.
    let targetOfPoint: [Int32]
    let trapRadiusOfPoint: [Double]
    let iterations: Int
    let tolerance: Double
    let escapeRadius: Double

    /// How many times shorter than its distance to every target a stalled orbit's step must be.
    static let stallRatio = 1000.0

    init(dimension: Int, targets: [BasinTarget], iterations: Int, tolerance: Double, escapeRadius: Double) {
        for (index, target) in targets.enumerated() {
            precondition(
                target.points.allSatisfy { $0.count == dimension },
                "target \(index) has a point with a dimension other than \(dimension)")
        }
        self.dimension = dimension
        targetPoints = targets.flatMap { $0.points.flatMap { $0 } }
        targetOfPoint = targets.enumerated().flatMap { index, target in
            Array(repeating: Int32(index), count: target.points.count)
        }
        trapRadiusOfPoint = targets.flatMap { target in Array(repeating: target.trapRadius, count: target.points.count) }
        self.iterations = iterations
        self.tolerance = tolerance
        self.escapeRadius = escapeRadius
    }

    /// Returns the label of the orbit in `slot` after its `steps`-th step, or `nil` while the
    /// orbit goes on. The step went from `x` in `previous` to `f(x)` in `next`, both
    /// struct-of-arrays buffers with row length `stride`.
    @inline(__always)
    func label(
        next: UnsafeMutablePointer<Double>, previous: UnsafeMutablePointer<Double>, stride: Int, slot: Int, steps: Int
    ) -> Int32? {
        // Norms are compared after the square root, as `np.linalg.norm` does, so that
        // points at exactly the radius get the same label as in NumPy.
        var squaredNorm = 0.0
        for axis in 0..<dimension {
            let value = next[axis * stride + slot]
            squaredNorm += value * value
        }
        if !(squaredNorm.squareRoot() <= escapeRadius) { return BasinLabel.escaped }

        var nearestTarget = Double.infinity
        for point in 0..<targetOfPoint.count {
            var squaredDistance = 0.0
            for axis in 0..<dimension {
                let difference = next[axis * stride + slot] - targetPoints[point * dimension + axis]
                squaredDistance += difference * difference
            }
            let distance = squaredDistance.squareRoot()
            if distance <= trapRadiusOfPoint[point] { return targetOfPoint[point] }
            nearestTarget = Swift.min(nearestTarget, distance)
        }

        var squaredStep = 0.0
        for axis in 0..<dimension {
            let difference = next[axis * stride + slot] - previous[axis * stride + slot]
            squaredStep += difference * difference
        }
        // When f(x) equals x bit for bit, the orbit stays there for ever.
        if squaredStep == 0 { return BasinLabel.otherFixedPoint }
        guard steps >= iterations else { return nil }

        // A short last step alone does not show that the orbit sits at a fixed point other
        // than the targets: an orbit contracting towards target p at rate ρ moves
        // (1 - ρ)|x - p| per step, which is below the tolerance just outside a trap ball as
        // small as the tolerance. So the step must also be short next to the distance to
        // every target point. Stalls are judged only at the end of the budget, because an
        // orbit can linger near a repelling fixed point for many steps and then leave.
        let step = squaredStep.squareRoot()
        let stalled = step < tolerance && step * Self.stallRatio <= nearestTarget
        return stalled ? BasinLabel.otherFixedPoint : BasinLabel.unresolved
    }
}
