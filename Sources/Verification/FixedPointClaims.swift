import Dynamics
import SpecModel

/// Judges `fixed_points`: the number of fixed points in the region.
func judgeFixedPointCount(_ claim: Located<Int>, _ context: AnalysisContext) -> ClaimResult {
    let set = context.fixedPoints
    let found = set.points.count
    let region = context.settings.region
    let listing = set.points.prefix(6).map { formatPoint($0.point) }.joined(separator: ", ")
    let more = found > 6 ? ", …" : ""
    var result = ClaimResult(
        path: "fixed_points", location: claim.location, expected: .integer(claim.value), observed: .integer(found),
        verdict: .passed, evidence: .numerical,
        detail: "\(found) fixed point\(found == 1 ? "" : "s") in \(region)\(found > 0 ? ": \(listing)\(more)" : ""); \(set.method)")

    if let continuum = set.continua.first {
        result.observed = .text("infinitely many")
        result.detail = "a continuum of fixed points passes through \(formatPoint(continuum)); \(set.method)"
        result.verdict = .failed
        return result
    }
    if let degenerate = context.degenerateFixedPoints.first {
        result.verdict = .inconclusive
        result.evidence = .inconclusive
        result.detail += "; Df − I is singular at \(formatPoint(degenerate.point)), where fixed points can "
            + "merge or split, so the count is uncertain"
        return result
    }
    if found == claim.value { return result }
    // A search that did not enumerate every piece may have missed fixed points, so finding
    // fewer than claimed decides nothing. Finding more is a contradiction either way.
    if found < claim.value && !set.isComplete {
        result.verdict = .inconclusive
        result.evidence = .inconclusive
        result.detail += "; the search is not exhaustive, so more may exist"
        return result
    }
    result.verdict = .failed
    return result
}

/// Judges the claim that `attractors[i].at` names an attractive fixed point.
func judgeAttractor(_ claim: AttractorClaim, index: Int, _ context: AnalysisContext) -> ClaimResult {
    let claimed = claim.at.value.values
    var result = ClaimResult(
        path: "attractors[\(index)]", location: claim.at.location, expected: .text("attractive fixed point"),
        observed: .text(""), verdict: .failed, evidence: .numerical, detail: "")
    guard let named = context.namedFixedPoint(claimed) else {
        result.observed = .text("no fixed point within \(formatNumber(context.settings.pointTolerance))")
        result.detail = missingFixedPointDetail(claimed, context)
        return result
    }
    result.observed = .text(describe(named.stability.stability))
    result.detail = "fixed point \(formatPoint(named.point.point)) at distance "
        + "\(formatDistance(distance(named.point.point, claimed))) from the claimed point; \(named.stability.method)"
    switch named.stability.stability {
    case .attractive: result.verdict = .passed
    case .notAttractive: result.verdict = .failed
    case .inconclusive: (result.verdict, result.evidence) = (.inconclusive, .inconclusive)
    }
    return result
}

/// Judges `not_attractive[i]`: the point names a fixed point that is not attractive.
func judgeNotAttractive(_ claim: Located<Point>, index: Int, _ context: AnalysisContext) -> ClaimResult {
    let claimed = claim.value.values
    var result = ClaimResult(
        path: "not_attractive[\(index)]", location: claim.location, expected: .text("fixed point, not attractive"),
        observed: .text(""), verdict: .failed, evidence: .numerical, detail: "")
    guard let named = context.namedFixedPoint(claimed) else {
        result.observed = .text("no fixed point within \(formatNumber(context.settings.pointTolerance))")
        result.detail = missingFixedPointDetail(claimed, context)
        return result
    }
    result.observed = .text(describe(named.stability.stability))
    result.detail = "fixed point \(formatPoint(named.point.point)); \(named.stability.method)"
    switch named.stability.stability {
    case .notAttractive:
        result.verdict = .passed
    case .attractive: result.verdict = .failed
    case .inconclusive: (result.verdict, result.evidence) = (.inconclusive, .inconclusive)
    }
    return result
}

/// Judges `attractor_count`: the number of attractive fixed points in the region.
func judgeAttractorCount(_ claim: Located<Int>, _ context: AnalysisContext) -> ClaimResult {
    let entries = context.classifiedFixedPoints
    let attractive = entries.filter { $0.stability.stability == .attractive }
    let undecided = entries.filter { $0.stability.stability == .inconclusive }
    let listing = attractive.prefix(6).map { formatPoint($0.point.point) }.joined(separator: ", ")
    var result = ClaimResult(
        path: "attractor_count", location: claim.location, expected: .integer(claim.value),
        observed: .integer(attractive.count), verdict: .passed, evidence: .numerical,
        detail: "\(attractive.count) of \(entries.count) fixed points in \(context.settings.region) are attractive"
            + (attractive.isEmpty ? "" : ": \(listing)"))

    if !context.fixedPoints.continua.isEmpty {
        (result.verdict, result.evidence) = (.inconclusive, .inconclusive)
        result.detail += "; a continuum of fixed points was found and not classified"
        return result
    }
    let missing = claim.value - attractive.count
    // Unclassified fixed points, or a search that did not enumerate every piece, could
    // still add attractive points; they cannot remove any.
    let couldGrow = undecided.count >= missing || !context.fixedPoints.isComplete
    if missing < 0 {
        result.verdict = .failed
    } else if missing == 0 && !undecided.isEmpty || missing > 0 && couldGrow {
        (result.verdict, result.evidence) = (.inconclusive, .inconclusive)
        result.detail += undecided.isEmpty
            ? "; the search is not exhaustive, so more may exist"
            : "; \(undecided.count) fixed point\(undecided.count == 1 ? "" : "s") could not be classified"
    } else if missing > 0 {
        result.verdict = .failed
    }
    return result
}

/// Judges the claim that `cycles[i].points` form a stable discrete limit cycle (Remark 2.17).
func judgeCycle(_ claim: CycleClaim, index: Int, _ context: AnalysisContext) -> ClaimResult {
    let claimed = claim.points.value.map(\.values)
    var result = ClaimResult(
        path: "cycles[\(index)]", location: claim.points.location,
        expected: .text("stable cycle of period \(claimed.count)"), observed: .text(""),
        verdict: .failed, evidence: .numerical, detail: "")
    guard let cycle = context.namedCycle(claimed) else {
        let image = context.network.evaluate(claimed[0])
        result.observed = .text("no cycle within \(formatNumber(context.settings.pointTolerance))")
        result.detail = "f(\(formatPoint(claimed[0]))) = \(formatPoint(image)), and no cycle of period \(claimed.count) "
            + "passes within \(formatNumber(context.settings.pointTolerance)) of the claimed points"
        return result
    }
    let period = minimalPeriod(of: cycle.points, tolerance: context.settings.pointTolerance)
    if period < claimed.count {
        result.observed = .text(period == 1 ? "a fixed point, not a cycle" : "cycle of period \(period)")
        result.detail = "the claimed points repeat: \(formatPointList(cycle.points)) returns to its start after "
            + "\(period) step\(period == 1 ? "" : "s"); list each point of the cycle once"
        return result
    }
    let stability = cycle.stability.stability
    switch stability {
    case .attractive: result.observed = result.expected
    case .notAttractive: result.observed = .text("cycle of period \(claimed.count), not attractive")
    case .inconclusive: result.observed = .text("cycle of period \(claimed.count), unclassified")
    }
    result.detail = "cycle \(formatPointList(cycle.points)), largest distance from the claimed points "
        + "\(formatDistance(cycle.distances.max() ?? 0)); for f^\(claimed.count): \(cycle.stability.method)"
    switch stability {
    case .attractive: result.verdict = .passed
    case .notAttractive: result.verdict = .failed
    case .inconclusive: (result.verdict, result.evidence) = (.inconclusive, .inconclusive)
    }
    return result
}

/// Names a fixed point by its classification, as the `+ observed` line shows it.
private func describe(_ stability: Stability) -> String {
    switch stability {
    case .attractive: "attractive fixed point"
    case .notAttractive: "fixed point, not attractive"
    case .inconclusive: "fixed point, unclassified"
    }
}

/// Says where `f` sends the claimed point and which fixed point is nearest, for a claim
/// naming a point that is not a fixed point.
private func missingFixedPointDetail(_ claimed: [Double], _ context: AnalysisContext) -> String {
    let image = context.network.evaluate(claimed)
    var detail = "f(\(formatPoint(claimed))) = \(formatPoint(image)), |f(p) − p| = \(formatDistance(distance(image, claimed)))"
    let nearest = context.fixedPoints.points.min { distance($0.point, claimed) < distance($1.point, claimed) }
    if let nearest {
        detail += "; the nearest fixed point in the region is \(formatPoint(nearest.point)) at distance "
            + formatDistance(distance(nearest.point, claimed))
    }
    return detail
}

func formatDistance(_ value: Double) -> String {
    value == 0 ? "0" : String(format: "%.2g", value)
}

func formatPointList(_ points: [[Double]]) -> String {
    points.map(formatPoint).joined(separator: " → ")
}

import Foundation

/// The least number of steps after which the cycle's points repeat, given in orbit order.
func minimalPeriod(of points: [[Double]], tolerance: Double) -> Int {
    let count = points.count
    for period in 1..<max(count, 1) where count % period == 0 {
        let repeats = points.indices.allSatisfy { distance(points[$0], points[($0 + period) % count]) <= tolerance }
        if repeats { return period }
    }
    return count
}
