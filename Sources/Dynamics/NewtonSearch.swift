import Foundation

/// The points a seeded Newton search found, and one sentence on how.
struct NewtonSearchResult {
    var points: [FixedPoint]
    var description: String
}

/// The maximum number of grid starts of the Newton search. The grid has `⌊1024^(1/d)⌋` points
/// per axis and is skipped when that is below 2.
let maximumGridStarts = 1024
/// Uniformly random starts in the region, drawn from the seed, on top of the grid.
let randomStarts = 256
/// Points per axis of the sign-change scan of `f(x) − x` on the line.
let lineScanPoints = 20_001

/// Runs damped Newton's method on `g(x) = f(x) − x` from a grid of starts and seeded random
/// starts in `region`. On the line it also scans `g` for sign changes and refines each by
/// bisection, which finds every root where `g` crosses zero between two scan points.
func newtonSearch(of network: Network, in region: Box, seed: UInt64) -> NewtonSearchResult {
    let dimension = network.inputDimension
    let regionSlack = 1e-9 * max(1, region.maximumSide)
    var starts = gridPoints(in: region, perAxis: Int(pow(Double(maximumGridStarts), 1 / Double(dimension))))
    var generator = SeededGenerator(seed: seed)
    for _ in 0..<randomStarts {
        starts.append(region.intervals.map { generator.uniform(in: $0) })
    }

    var roots = starts.compactMap { newtonFixedPoint(of: network, from: $0) }
    var description = "damped Newton's method on f(x) − x from \(starts.count) seeded starts"
    if dimension == 1 {
        roots += signChangeRoots(of: network, on: region.intervals[0])
        description += " and a scan for sign changes at \(lineScanPoints) points"
    }

    let points = roots.filter { region.contains($0, slack: regionSlack) }.map { x in
        FixedPoint(
            point: x, residual: euclideanDistance(network.evaluate(x), x),
            onKink: network.isOnKink(x),
            method: .newton)
    }
    return NewtonSearchResult(points: points, description: description + "; fixed points may be missing")
}

/// A regular grid with `perAxis` points per axis, corners included; empty when `perAxis < 2`.
private func gridPoints(in region: Box, perAxis: Int) -> [[Double]] {
    guard perAxis >= 2 else { return [] }
    var points: [[Double]] = [[]]
    for interval in region.intervals {
        let step = (interval.upperBound - interval.lowerBound) / Double(perAxis - 1)
        points = points.flatMap { prefix in
            (0..<perAxis).map { prefix + [interval.lowerBound + Double($0) * step] }
        }
    }
    return points
}

/// The convergence test of the Newton search: `‖f(x) − x‖₂ ≤ 1e-12 · max(1, ‖x‖₂)`.
let newtonResidualTolerance = 1e-12

/// Damped Newton's method on `f(x) − x` from `start`: each step halves until the residual
/// decreases. Returns the limit when the residual meets the tolerance; `nil` when the Jacobian
/// of `f(x) − x` is singular, a step cannot decrease the residual, or the iterate runs away.
func newtonFixedPoint(of network: Network, from start: [Double], maximumIterations: Int = 100) -> [Double]? {
    var x = start
    var residual = euclideanDistance(network.evaluate(x), x)

    for _ in 0..<maximumIterations {
        if residual <= newtonResidualTolerance * max(1, euclideanNorm(x)) { return x }

        let gap = zip(network.evaluate(x), x).map { $1 - $0 }
        let jacobian = network.jacobian(at: x).shiftedDiagonal(by: 1)
        guard let step = solve(jacobian, gap, scale: max(1, jacobian.maximumAbsoluteEntry)) else { return nil }

        var damping = 1.0
        var accepted = false
        while damping >= 1.0 / 1024 {
            let candidate = zip(x, step).map { $0 + damping * $1 }
            let candidateResidual = euclideanDistance(network.evaluate(candidate), candidate)
            if candidateResidual < residual {
                (x, residual, accepted) = (candidate, candidateResidual, true)
                break
            }
            damping /= 2
        }
        guard accepted, euclideanNorm(x) < 1e12 else { break }
    }
    return residual <= newtonResidualTolerance * max(1, euclideanNorm(x)) ? x : nil
}

/// Roots of `f(x) − x` on an interval where the sign changes between neighbouring scan
/// points, refined by bisection and then Newton's method.
private func signChangeRoots(of network: Network, on interval: ClosedRange<Double>) -> [[Double]] {
    let g = { (x: Double) in network.evaluate([x])[0] - x }
    let step = (interval.upperBound - interval.lowerBound) / Double(lineScanPoints - 1)
    var roots: [[Double]] = []
    var previous = (x: interval.lowerBound, value: g(interval.lowerBound))
    if previous.value == 0 { roots.append([previous.x]) }

    for index in 1..<lineScanPoints {
        let x = index == lineScanPoints - 1 ? interval.upperBound : interval.lowerBound + Double(index) * step
        let value = g(x)
        if value == 0 {
            roots.append([x])
        } else if previous.value != 0 && (value < 0) != (previous.value < 0) {
            let root = bisect(g, previous.x, x)
            roots.append(newtonFixedPoint(of: network, from: [root]) ?? [root])
        }
        previous = (x, value)
    }
    return roots
}

/// A point where `g` changes sign in `[a, b]`, given that it does; 200 halvings reach the
/// spacing of doubles.
private func bisect(_ g: (Double) -> Double, _ a: Double, _ b: Double) -> Double {
    var (low, high) = (a, b)
    let lowNegative = g(low) < 0
    for _ in 0..<200 {
        let middle = (low + high) / 2
        if middle <= low || middle >= high { break }
        if (g(middle) < 0) == lowNegative { low = middle } else { high = middle }
    }
    return (low + high) / 2
}
