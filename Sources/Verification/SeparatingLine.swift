import Basins
import Dynamics
import Foundation

/// A straight line outside a basin with basin points on both sides of it: proof that the
/// basin is not connected, because every path between those points crosses the line.
struct SeparatingLine {
    var base: [Double]
    var direction: [Double]
    /// Basin points on the two sides.
    var sides: ([Double], [Double])
    /// The steps after which every piece of the line's image lay in a ball proved to lie in
    /// another basin.
    var steps: Int

    var summary: String {
        let line = "the line \(formatPoint(base.map(round6))) + t·\(formatPoint(direction.map(round6)))"
        let within = steps == 1 ? "after 1 step" : "within \(steps) steps"
        return "\(line) lies outside the basin (\(within) every piece of its image lies in a ball "
            + "proved to lie in another basin) and has the basin points \(formatPoint(sides.0)) and "
            + "\(formatPoint(sides.1)) on either side"
    }
}

private func round6(_ value: Double) -> Double {
    (value * 1e6).rounded() / 1e6
}

/// Looks for a line that separates two components of the basin of target `label` in a
/// two-dimensional piecewise-linear network, trying lines at several angles through
/// complement points between the components. Returns `nil` when none is found.
func findSeparatingLine(
    label: Int32, components: [GridComponent], grid: LabelGrid, _ context: AnalysisContext
) -> SeparatingLine? {
    guard context.network.isPiecewiseLinear, context.dimension == 2, components.count >= 2 else { return nil }
    let first = grid.coordinates(ofIndex: components[0].representative)
    guard context.orbit(from: first).label == label else { return nil }

    for other in components.dropFirst() {
        let second = grid.coordinates(ofIndex: other.representative)
        guard context.orbit(from: second).label == label else { continue }
        for base in crossingPoints(from: first, to: second, outside: label, context) {
            for degrees in stride(from: 0.0, to: 180.0, by: 7.5) {
                let angle = degrees * Double.pi / 180
                let direction = [cos(angle), sin(angle)]
                guard separates(base, direction, first, second) else { continue }
                if let steps = lineAvoidsBasin(base: base, direction: direction, label: label, context) {
                    return SeparatingLine(base: base, direction: direction, sides: (first, second), steps: steps)
                }
            }
        }
    }
    return nil
}

/// Points on the segment between two basin points whose orbits go elsewhere: candidates
/// for a line through the gap between two components.
private func crossingPoints(from a: [Double], to b: [Double], outside label: Int32, _ context: AnalysisContext) -> [[Double]] {
    let samples = 64
    return (1..<samples).compactMap { index in
        let s = Double(index) / Double(samples)
        let point = zip(a, b).map { $0 + s * ($1 - $0) }
        let outcome = context.orbit(from: point)
        return outcome.label >= 0 && outcome.label != label ? point : nil
    }
}

private func separates(_ base: [Double], _ direction: [Double], _ a: [Double], _ b: [Double]) -> Bool {
    func side(_ point: [Double]) -> Double {
        direction[0] * (point[1] - base[1]) - direction[1] * (point[0] - base[0])
    }
    return side(a) * side(b) < 0
}

/// Shows that no point of the line lies in the basin of `label`: the line's image under
/// `f` is a finite union of segments, and iterating them, every segment must come to lie
/// in the trap ball of another target. Balls are convex, so a segment lies in one when both
/// ends do. Returns the number of steps used, or `nil` when the check fails or runs out of
/// its budget (a segment that reaches the ball of `label`, or too many segments).
private func lineAvoidsBasin(base: [Double], direction: [Double], label: Int32, _ context: AnalysisContext) -> Int? {
    let network = context.network
    guard let pieces = network.affinePieces(alongLineThrough: base, direction: direction, from: -.infinity, to: .infinity)
    else { return nil }

    var segments: [([Double], [Double])] = []
    for piece in pieces {
        let ends = [piece.lower, piece.upper]
        if ends.contains(where: { !$0.isFinite }) && piece.slope.contains(where: { $0 != 0 }) { return nil }
        let start = piece.lower.isFinite ? piece.value(at: piece.lower) : piece.offset
        let end = piece.upper.isFinite ? piece.value(at: piece.upper) : piece.offset
        segments.append((start, end))
    }

    let maximumSegments = 20_000
    for step in 1...min(context.settings.iterations, 200) {
        var remaining: [([Double], [Double])] = []
        for segment in segments {
            switch trapOwner(of: segment, context) {
            case label?: return nil
            case _?: continue
            case nil: break
            }
            let direction = zip(segment.0, segment.1).map { $1 - $0 }
            guard let images = network.affinePieces(alongLineThrough: segment.0, direction: direction, from: 0, to: 1)
            else { return nil }
            remaining += images.map { ($0.value(at: $0.lower), $0.value(at: $0.upper)) }
            if remaining.count > maximumSegments { return nil }
        }
        if remaining.isEmpty { return step }
        segments = remaining
    }
    return nil
}

/// Returns the target whose trap ball contains the whole segment, if any.
private func trapOwner(of segment: ([Double], [Double]), _ context: AnalysisContext) -> Int32? {
    for (index, target) in context.targets.enumerated() {
        for point in target.points where distance(segment.0, point) < target.trapRadius && distance(segment.1, point) < target.trapRadius {
            return Int32(index)
        }
    }
    return nil
}
