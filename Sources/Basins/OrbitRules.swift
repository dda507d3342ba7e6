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
    /// For the planar case: target points in groups of four, as `(x, y, limit, owner)` per
    /// point, padded with points no orbit can be inside (limit -∞).
    private let planarGroups: UnsafeMutablePointer<Double>
    private let planarGroupCount: Int
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
        planarGroupCount = dimension == 2 ? (owners.count + 3) / 4 : 0
        planarGroups = .allocate(capacity: max(1, planarGroupCount * 16))
        for entry in 0..<(planarGroupCount * 4) {
            let values = entry < owners.count
                ? [points[2 * entry], points[2 * entry + 1], Self.squaredLimit(radii[entry]), Double(owners[entry])]
                : [0, 0, -Double.infinity, Self.continuingCode]
            (planarGroups + 4 * entry).initialize(from: values, count: 4)
        }
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
        planarGroups.deallocate()
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
        // A target index, the usual case, is settled by two comparisons.
        if code >= 0 && code < unresolvedCode { return Int32(code) }
        if code == escapedCode { return BasinLabel.escaped }
        if code == fixedPointCode { return BasinLabel.otherFixedPoint }
        if code == unresolvedCode { return BasinLabel.unresolved }
        return Int32(code)
    }

    /// Writes into `codes[0..<count]` a code for the label of each orbit after its latest
    /// step (see `label(ofCode:)`), or `continuingCode`, and counts the step in `steps`.
    /// The step went from `x` in `previous` to `f(x)` in `next`, both struct-of-arrays
    /// buffers with row length `stride`; `scratch` holds `count` numbers. `mayExhaust` false
    /// promises that no orbit reaches the end of its budget at this step, which skips the
    /// stall check.
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
        steps: UnsafeMutablePointer<Int>, codes: UnsafeMutablePointer<Double>, scratch: UnsafeMutablePointer<Double>,
        mayExhaust: Bool = true
    ) {
        if dimension == 2 && pointCount > 0 {
            classifyPlanar(next: next, previous: previous, stride: stride, count: count, codes: codes)
        } else if dimension == 1 && pointCount > 0 {
            classifyLinear(next: next, previous: previous, count: count, codes: codes)
        } else {
            classifyGeneral(next: next, previous: previous, stride: stride, count: count, codes: codes, scratch: scratch)
        }

        for slot in 0..<count { steps[slot] &+= 1 }
        guard mayExhaust else { return }
        for slot in 0..<count where steps[slot] >= iterations && codes[slot] == Self.continuingCode {
            codes[slot] = stallCode(next: next, previous: previous, stride: stride, slot: slot)
        }
    }

    /// The checks of `classify` in any dimension: one straight pass over the slots per check.
    @inline(__always)
    private func classifyGeneral(
        next: UnsafeMutablePointer<Double>, previous: UnsafeMutablePointer<Double>, stride: Int, count: Int,
        codes: UnsafeMutablePointer<Double>, scratch: UnsafeMutablePointer<Double>
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
        }
    }

    /// Does what `classifyGeneral` does on the line, with the exact fixed point, the first
    /// target point and the escape in one pass, because each pass costs more in loads and
    /// stores than in arithmetic.
    @inline(__always)
    private func classifyLinear(
        next: UnsafeMutablePointer<Double>, previous: UnsafeMutablePointer<Double>, count: Int,
        codes: UnsafeMutablePointer<Double>
    ) {
        let (going, fixed, escaped) = (Self.continuingCode, Self.fixedPointCode, Self.escapedCode)
        let (p0, limit0, owner0) = (targetPoints[0], squaredTrapLimit[0], Double(targetOfPoint[0]))
        for slot in 0..<count {
            let x = next[slot]
            let (step, d0) = (x - previous[slot], x - p0)
            let code = Swift.min(step * step == 0 ? fixed : going, d0 * d0 <= limit0 ? owner0 : going)
            codes[slot] = Swift.min(code, x * x <= squaredEscapeLimit ? going : escaped)
        }
        for point in 1..<Swift.max(1, pointCount) {
            let (p, limit, owner) = (targetPoints[point], squaredTrapLimit[point], Double(targetOfPoint[point]))
            for slot in 0..<count {
                let d = next[slot] - p
                codes[slot] = Swift.min(codes[slot], d * d <= limit ? owner : going)
            }
        }
    }

    /// Does what `classify` does for orbits in the plane, in one pass over the slots per
    /// group of four target points instead of one pass per check, because loading each
    /// slot once is what the general passes spend most of their time on.
    @inline(__always)
    private func classifyPlanar(
        next: UnsafeMutablePointer<Double>, previous: UnsafeMutablePointer<Double>, stride: Int, count: Int,
        codes: UnsafeMutablePointer<Double>
    ) {
        let (going, fixed, escaped) = (Self.continuingCode, Self.fixedPointCode, Self.escapedCode)
        let (nextY, previousY) = (next + stride, previous + stride)

        // The first group also runs the exact fixed point and escape checks, so each is a
        // separate loop without a branch inside, which the compiler vectorises.
        var targets = PlanarTargetGroup(planarGroups)
        for slot in 0..<count {
            let (x, y) = (next[slot], nextY[slot])
            // When f(x) equals x bit for bit, the orbit stays there for ever.
            let (dx, dy) = (x - previous[slot], y - previousY[slot])
            let code = Swift.min(dx * dx + dy * dy == 0 ? fixed : going, targets.code(x, y, otherwise: going))
            // A NaN fails `<=`, so an orbit that became NaN counts as escaped.
            codes[slot] = Swift.min(code, x * x + y * y <= squaredEscapeLimit ? going : escaped)
        }
        for group in 1..<max(1, planarGroupCount) {
            targets = PlanarTargetGroup(planarGroups + 16 * group)
            for slot in 0..<count {
                codes[slot] = Swift.min(codes[slot], targets.code(next[slot], nextY[slot], otherwise: going))
            }
        }
    }

    /// Four target points of the plane, each with its squared trap limit and target index.
    private struct PlanarTargetGroup {
        let x0, y0, limit0, owner0, x1, y1, limit1, owner1: Double
        let x2, y2, limit2, owner2, x3, y3, limit3, owner3: Double

        init(_ g: UnsafeMutablePointer<Double>) {
            (x0, y0, limit0, owner0, x1, y1, limit1, owner1) = (g[0], g[1], g[2], g[3], g[4], g[5], g[6], g[7])
            (x2, y2, limit2, owner2, x3, y3, limit3, owner3) = (g[8], g[9], g[10], g[11], g[12], g[13], g[14], g[15])
        }

        /// Returns the smallest index among the points whose trap ball contains `(x, y)`.
        @inline(__always)
        func code(_ x: Double, _ y: Double, otherwise: Double) -> Double {
            let (a0, b0, a1, b1) = (x - x0, y - y0, x - x1, y - y1)
            let (a2, b2, a3, b3) = (x - x2, y - y2, x - x3, y - y3)
            let first = Swift.min(a0 * a0 + b0 * b0 <= limit0 ? owner0 : otherwise, a1 * a1 + b1 * b1 <= limit1 ? owner1 : otherwise)
            let second = Swift.min(a2 * a2 + b2 * b2 <= limit2 ? owner2 : otherwise, a3 * a3 + b3 * b3 <= limit3 ? owner3 : otherwise)
            return Swift.min(first, second)
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
