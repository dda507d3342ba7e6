import Basins
import Foundation

/// Reports how a map's point-iterations split by the way each orbit ended and by orbit
/// length. It follows every grid point's orbit once more with `followOrbit`, which has the
/// map's rules and arithmetic, on one thread.
func orbitBreakdown(of benchmark: BenchmarkCase, grid: LabelGrid) -> String {
    var orbits: [Int32: Int] = [:]
    var steps: [Int32: Int] = [:]
    // Orbit lengths in the buckets 1, 2, 3-4, 5-8, ..., with the point-iterations of each.
    var lengthOrbits = [Int](repeating: 0, count: 64)
    var lengthWork = [Int](repeating: 0, count: 64)
    for index in 0..<grid.pointCount {
        let outcome = followOrbit(
            of: benchmark.network, from: grid.coordinates(ofIndex: index), targets: benchmark.targets,
            iterations: benchmark.iterations, tolerance: benchmark.tolerance, escapeRadius: 1e6)
        let kind = outcome.label >= 0 ? 0 : outcome.label
        orbits[kind, default: 0] += 1
        steps[kind, default: 0] += outcome.steps
        let bucket = outcome.steps <= 1 ? 0 : Int.bitWidth - (outcome.steps - 1).leadingZeroBitCount
        lengthOrbits[bucket] += 1
        lengthWork[bucket] += outcome.steps
    }

    let total = max(1, steps.values.reduce(0, +))
    let names: [(Int32, String)] = [
        (0, "reached an attractor's trap ball"), (BasinLabel.escaped, "escaped"),
        (BasinLabel.otherFixedPoint, "stopped at another fixed point"), (BasinLabel.unresolved, "unresolved at the budget"),
    ]
    var lines = ["  where the point-iterations go (outcome: orbits, point-iterations, share, mean length):"]
    for (kind, name) in names where orbits[kind] != nil {
        let count = orbits[kind]!
        let work = steps[kind]!
        let share = String(format: "%.1f%%", 100 * Double(work) / Double(total))
        let mean = String(format: "%.1f", Double(work) / Double(count))
        lines.append("    \(name): \(count) orbits, \(work) point-iterations, \(share), \(mean) per orbit")
    }
    lines.append("  orbit lengths (steps: orbits, share of the point-iterations):")
    for bucket in lengthOrbits.indices where lengthOrbits[bucket] > 0 {
        var range = "\((1 << (bucket - 1)) + 1)-\(1 << bucket)"
        if bucket == 0 { range = "1" }
        if bucket == 1 { range = "2" }
        let share = String(format: "%.1f%%", 100 * Double(lengthWork[bucket]) / Double(total))
        lines.append("    \(range): \(lengthOrbits[bucket]) orbits, \(share)")
    }
    return lines.joined(separator: "\n")
}
