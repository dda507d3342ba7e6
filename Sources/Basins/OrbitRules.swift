import Dynamics

/// Decides after each step whether an orbit's label is known.
///
/// The checks run in the order a NumPy user would label a point (see `computeBasinMap`).
/// Escape comes first, then the targets' trap balls, then an exact fixed point. At the end
/// of the budget comes a stall near some other fixed point.
///
/// The targets live in flat buffers read by every worker thread. They never change after
/// `init`, which is why the class is `@unchecked Sendable`.
final class OrbitRules: @unchecked Sendable {
    let dimension: Int
    /// How many points all targets have together.
    let pointCount: Int
    /// Every target's points, `dimension` numbers each, in target order.
    private let targetPoints: UnsafeMutablePointer<Double>
    /// For each target point, its target's index.
    private let targetOfPoint: UnsafeMutablePointer<Int32>
    /// For each target point, the largest squared distance whose square root is at most the
    /// trap radius (see `squaredLimit`).
    private let squaredTrapLimit: UnsafeMutablePointer<Double>
    let iterations: Int
    let tolerance: Double
    let escapeRadius: Double
    /// The largest squared norm whose square root is at most `escapeRadius`.
    private let squaredEscapeLimit: Double

    /// How many times shorter than its distance to every target a stalled orbit's step must be.
    static let stallRatio = 1000.0

    init(dimension: Int, targets: [BasinTarget], iterations: Int, tolerance: Double, escapeRadius: Double) {
        for (index, target) in targets.enumerated() {
            precondition(
                target.points.allSatisfy { $0.count == dimension },
                "target \(index) has a point with a dimension other than \(dimension)")
        }
        self.dimension = dimension
        let points = targets.flatMap { $0.points.flatMap { $0 } }
        let owners = targets.enumerated().flatMap { index, target in
            Array(repeating: Int32(index), count: target.points.count)
        }
        let radii = targets.flatMap { target in Array(repeating: target.trapRadius, count: target.points.count) }
        pointCount = owners.count
        targetPoints = .allocate(capacity: max(1, points.count))
        targetPoints.initialize(from: points, count: points.count)
        targetOfPoint = .allocate(capacity: max(1, owners.count))
        targetOfPoint.initialize(from: owners, count: owners.count)
        squaredTrapLimit = .allocate(capacity: max(1, radii.count))
        squaredTrapLimit.initialize(from: radii.map(Self.squaredLimit), count: radii.count)
        self.iterations = iterations
        self.tolerance = tolerance
        self.escapeRadius = escapeRadius
        squaredEscapeLimit = Self.squaredLimit(escapeRadius)
    }

    /// Returns the largest double `t` with `t.squareRoot() <= radius`.
    ///
    /// The rounded square root is monotone, so for every `s`, `s.squareRoot() <= radius`
    /// exactly when `s <= t` (both fail for NaN). Distances are thus compared after the
    /// square root, as `np.linalg.norm(...) <= radius` does, without taking one per point.
    static func squaredLimit(_ radius: Double) -> Double {
        guard radius.isFinite else { return radius > 0 ? .infinity : -.infinity }
        guard radius >= 0 else { return -.infinity }
        var limit = radius * radius
        while limit.squareRoot() > radius { limit = limit.nextDown }
        while limit.nextUp.squareRoot() <= radius && limit.nextUp.isFinite { limit = limit.nextUp }
        return limit
    }

    deinit {
        targetPoints.deallocate()
        targetOfPoint.deallocate()
        squaredTrapLimit.deallocate()
    }

    /// The code of an orbit that goes on; every other code is smaller.
    /// The codes are literals, so that reading them costs no lazy initialisation.
    static let continuingCode: Double = 2_147_483_647
    /// The code of an orbit that stopped exactly at a fixed point: above every target index.
    static let fixedPointCode: Double = 2_147_483_646
    /// The code of an orbit that used up its budget without a verdict.
    static let unresolvedCode: Double = 2_147_483_645
    /// The code of an escaped orbit: below every other code.
    static let escapedCode: Double = -1e308

    /// Returns the label that a code from `classify` stands for.
    @inline(__always)
    static func label(ofCode code: Double) -> Int32 {
        if code == escapedCode { return BasinLabel.escaped }
        if code == fixedPointCode { return BasinLabel.otherFixedPoint }
        if code == unresolvedCode { return BasinLabel.unresolved }
        return Int32(code)
    }

    /// Writes into `codes[0..<count]` a code for the label of each orbit after its latest
    /// step (see `label(ofCode:)`), or `continuingCode`, and counts the step in `steps`.
    /// The step went from `x` in `previous` to `f(x)` in `next`, both struct-of-arrays
    /// buffers with row length `stride`; `scratch` holds `count` numbers.
    ///
    /// Each check runs as a straight loop over the slots so that it vectorises. Checks
    /// combine by `min` because a minimum of doubles vectorises where a conditional
    /// overwrite becomes a branch per slot. So the codes order the rules: escape first, then
    /// a target's index (target points are stored in target order, so the smallest index
    /// belongs to the first target point whose ball contains `f(x)`), then the exact fixed
    /// point, then going on.
    @inline(__always)
    func classify(
        next: UnsafeMutablePointer<Double>, previous: UnsafeMutablePointer<Double>, stride: Int, count: Int,
        steps: UnsafeMutablePointer<Int>, codes: UnsafeMutablePointer<Double>, scratch: UnsafeMutablePointer<Double>
    ) {
        let (going, fixed, escaped) = (Self.continuingCode, Self.fixedPointCode, Self.escapedCode)

        // When f(x) equals x bit for bit, the orbit stays there for ever.
        squaredDistances(next, previous, stride: stride, count: count, into: scratch)
        for slot in 0..<count { codes[slot] = scratch[slot] == 0 ? fixed : going }

        for point in 0..<pointCount {
            let (limit, owner) = (squaredTrapLimit[point], Double(targetOfPoint[point]))
            let target = targetPoints + point &* dimension
            switch dimension {
            case 1:
                let p0 = target[0]
                for slot in 0..<count {
                    let d0 = next[slot] - p0
                    codes[slot] = Swift.min(codes[slot], d0 * d0 <= limit ? owner : going)
                }
            case 2:
                let (p0, p1, row1) = (target[0], target[1], next + stride)
                for slot in 0..<count {
                    let (d0, d1) = (next[slot] - p0, row1[slot] - p1)
                    codes[slot] = Swift.min(codes[slot], d0 * d0 + d1 * d1 <= limit ? owner : going)
                }
            default:
                squaredDistances(next, toTargetPoint: point, stride: stride, count: count, into: scratch)
                for slot in 0..<count { codes[slot] = Swift.min(codes[slot], scratch[slot] <= limit ? owner : going) }
            }
        }

        // A NaN fails `<=`, so an orbit that became NaN counts as escaped.
        squaredNorms(next, stride: stride, count: count, into: scratch)
        for slot in 0..<count {
            codes[slot] = Swift.min(codes[slot], scratch[slot] <= squaredEscapeLimit ? going : escaped)
            steps[slot] &+= 1
        }

        for slot in 0..<count where steps[slot] >= iterations && codes[slot] == going {
            codes[slot] = stallCode(next: next, previous: previous, stride: stride, slot: slot)
        }
    }

    /// Writes `|a - b|²` for each slot.
    @inline(__always)
    private func squaredDistances(
        _ a: UnsafeMutablePointer<Double>, _ b: UnsafeMutablePointer<Double>, stride: Int, count: Int,
        into result: UnsafeMutablePointer<Double>
    ) {
        for slot in 0..<count {
            let difference = a[slot] - b[slot]
            result[slot] = difference * difference
        }
        for axis in 1..<max(1, dimension) {
            let (rowA, rowB) = (a + axis &* stride, b + axis &* stride)
            for slot in 0..<count {
                let difference = rowA[slot] - rowB[slot]
                result[slot] += difference * difference
            }
        }
    }

    /// Writes `|a - p|²` for each slot, where `p` is target point `point`.
    @inline(__always)
    private func squaredDistances(
        _ a: UnsafeMutablePointer<Double>, toTargetPoint point: Int, stride: Int, count: Int,
        into result: UnsafeMutablePointer<Double>
    ) {
        let target = targetPoints + point &* dimension
        let first = target[0]
        for slot in 0..<count {
            let difference = a[slot] - first
            result[slot] = difference * difference
        }
        for axis in 1..<max(1, dimension) {
            let (row, coordinate) = (a + axis &* stride, target[axis])
            for slot in 0..<count {
                let difference = row[slot] - coordinate
                result[slot] += difference * difference
            }
        }
    }

    /// Writes `|a|²` for each slot.
    @inline(__always)
    private func squaredNorms(_ a: UnsafeMutablePointer<Double>, stride: Int, count: Int, into result: UnsafeMutablePointer<Double>) {
        for slot in 0..<count { result[slot] = a[slot] * a[slot] }
        for axis in 1..<max(1, dimension) {
            let row = a + axis &* stride
            for slot in 0..<count { result[slot] += row[slot] * row[slot] }
        }
    }

    /// Returns the code of an orbit at the end of its budget: a stall at another fixed point,
    /// or unresolved.
    ///
    /// A short last step alone does not show that the orbit sits at a fixed point other
    /// than the targets: an orbit contracting towards target p at rate ρ moves
    /// (1 - ρ)|x - p| per step, which is below the tolerance just outside a trap ball as
    /// small as the tolerance. So the step must also be short next to the distance to
    /// every target point. Stalls are judged only at the end of the budget, because an
    /// orbit can linger near a repelling fixed point for many steps and then leave.
    private func stallCode(
        next: UnsafeMutablePointer<Double>, previous: UnsafeMutablePointer<Double>, stride: Int, slot: Int
    ) -> Double {
        var squaredStep = 0.0
        for axis in 0..<dimension {
            let difference = next[axis &* stride &+ slot] - previous[axis &* stride &+ slot]
            squaredStep += difference * difference
        }
        var nearestTarget = Double.infinity
        for point in 0..<pointCount {
            let distance = squaredDistance(from: next, stride: stride, slot: slot, toTargetPoint: point).squareRoot()
            nearestTarget = Swift.min(nearestTarget, distance)
        }
        let step = squaredStep.squareRoot()
        let stalled = step < tolerance && step * Self.stallRatio <= nearestTarget
        return stalled ? Self.fixedPointCode : Self.unresolvedCode
    }

    @inline(__always)
    private func squaredDistance(
        from buffer: UnsafeMutablePointer<Double>, stride: Int, slot: Int, toTargetPoint point: Int
    ) -> Double {
        var sum = 0.0
        let target = targetPoints + point &* dimension
        for axis in 0..<dimension {
            let difference = buffer[axis &* stride &+ slot] - target[axis]
            sum += difference * difference
        }
        return sum
    }
}
