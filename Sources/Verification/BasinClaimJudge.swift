import Basins
import Dynamics
import SpecModel
import Theory

/// The attractor or cycle whose basin a group of claims is about.
struct BasinOwner {
    /// Such as `attractors[0].basin`.
    var path: String
    /// The label basin maps give it; `nil` when the attractor claim itself failed.
    var label: Int32?
    /// A point of the attractor, which lies in its own basin.
    var point: [Double]
    /// 1 for an attractive fixed point, k for a cycle of k points.
    var period: Int
    /// The reason the basin cannot be checked, when `label` is `nil`.
    var problem: String
}

/// Lists every claim about one basin, each judged on its own, so that a time limit can stop
/// between them. The owner is computed when the first of them is judged.
func pendingBasinClaims(
    _ claims: BasinClaims, path: String, owner: Deferred<BasinOwner>, _ context: AnalysisContext
) -> [PendingClaim] {
    var pending: [PendingClaim] = []
    for (index, point) in claims.contains.enumerated() {
        let claimPath = "\(path).contains[\(index)]"
        pending.append(PendingClaim(path: claimPath, location: point.location, expected: .text("in the basin")) {
            judgeMembership(point, path: claimPath, inside: true, owner.value, context)
        })
    }
    for (index, point) in claims.excludes.enumerated() {
        let claimPath = "\(path).excludes[\(index)]"
        pending.append(PendingClaim(path: claimPath, location: point.location, expected: .text("not in the basin")) {
            judgeMembership(point, path: claimPath, inside: false, owner.value, context)
        })
    }
    if let claim = claims.bounded {
        pending.append(PendingClaim(path: "\(path).bounded", location: claim.location, expected: .bool(claim.value)) {
            judgeBounded(claim, owner.value, context)
        })
    }
    if let claim = claims.pathConnected {
        pending.append(PendingClaim(path: "\(path).path_connected", location: claim.location, expected: .bool(claim.value)) {
            judgePathConnected(claim, owner.value, context)
        })
    }
    if let claim = claims.components {
        pending.append(PendingClaim(path: "\(path).components", location: claim.location, expected: .integer(claim.value)) {
            judgeComponentCount(claim, owner.value, context)
        })
    }
    if let claim = claims.complementBoundedComponents {
        let claimPath = "\(path).complement_bounded_components"
        pending.append(PendingClaim(path: claimPath, location: claim.location, expected: .bool(claim.value)) {
            judgeHoles(claim, owner.value, context)
        })
    }
    if let claim = claims.fraction {
        pending.append(PendingClaim(path: "\(path).fraction", location: claim.location, expected: fractionExpected(claim.value)) {
            judgeFraction(claim, owner.value, context)
        })
    }
    return pending
}

/// Judges `contains` (inside) or `excludes` (not inside) by following the point's orbit.
private func judgeMembership(
    _ claim: Located<Point>, path: String, inside: Bool, _ owner: BasinOwner, _ context: AnalysisContext
) -> ClaimResult {
    let start = claim.value.values
    var result = ClaimResult(
        path: path, location: claim.location, expected: .text(inside ? "in the basin" : "not in the basin"),
        observed: .text(""), verdict: .inconclusive, evidence: .inconclusive, detail: "")
    guard let label = owner.label else {
        result.observed = .text("not checked")
        result.detail = owner.problem
        return result
    }
    let outcome = context.orbit(from: start)
    let reached = outcome.label == label
    let decided = outcome.label != BasinLabel.unresolved
    if !decided {
        result.observed = .text("undecided")
    } else {
        result.observed = .text(reached ? "in the basin" : "not in the basin")
    }
    result.detail = describeOrbit(from: start, outcome, context)
    if decided {
        result.verdict = reached == inside ? .passed : .failed
        result.evidence = .numerical
    }
    return result
}

private func describeOrbit(from start: [Double], _ outcome: OrbitOutcome, _ context: AnalysisContext) -> String {
    let steps = "\(outcome.steps) step\(outcome.steps == 1 ? "" : "s")"
    switch outcome.label {
    case BasinLabel.escaped:
        return "the orbit of \(formatPoint(start)) escapes (norm above \(formatNumber(Defaults.escapeRadius))) after \(steps)"
    case BasinLabel.unresolved:
        return "the orbit of \(formatPoint(start)) neither converges nor escapes within \(context.settings.iterations) iterations; "
            + "it ends at \(formatPoint(outcome.finalPoint))"
    case BasinLabel.otherFixedPoint:
        return "the orbit of \(formatPoint(start)) converges to the fixed point \(formatPoint(outcome.finalPoint)), "
            + "which is not attractive or lies outside the region, after \(steps)"
    default:
        let target = context.targets[Int(outcome.label)]
        let name = target.points.count == 1 ? "the attractor \(formatPoint(target.points[0]))" : "the cycle \(formatPointList(target.points))"
        if target.trapRadius > context.settings.tolerance {
            return "the orbit of \(formatPoint(start)) enters the ball of radius \(formatDistance(target.trapRadius)) "
                + "around \(name), which is proved to lie in its basin, after \(steps)"
        }
        return "the orbit of \(formatPoint(start)) comes within \(formatDistance(target.trapRadius)) of \(name) after \(steps)"
    }
}

/// Judges `bounded`: Theorem 2.1 decides it when it applies, the basin maps otherwise.
private func judgeBounded(_ claim: Located<Bool>, _ owner: BasinOwner, _ context: AnalysisContext) -> ClaimResult {
    let path = "\(owner.path).bounded"
    if let decided = theoremDecision(.unboundedBasins, value: false, claim, path: path, owner, context) {
        return decided
    }
    return judgeGlobal(claim, path: path, owner, context) { view in
        guard view.basinCells > 0 else { return (nil, "no grid point of \(view.box) lies in the basin") }
        let touching = view.components.filter(\.touchesEdge).count
        if touching > 0 {
            let count = view.components.count
            let reaching = count == 1 ? "its one component reaches" : "\(touching) of its \(count) components reach"
            return (false, "\(reaching) the edge of \(view.box)")
        }
        return (true, "the basin's \(view.basinCells) grid points in \(view.box) stay clear of its edge")
    }
}

/// Judges `path_connected`: Theorem 2.10 decides it when it applies, the basin maps otherwise.
private func judgePathConnected(_ claim: Located<Bool>, _ owner: BasinOwner, _ context: AnalysisContext) -> ClaimResult {
    let path = "\(owner.path).path_connected"
    if owner.period > 1, owner.label != nil {
        return ClaimResult(
            path: path, location: claim.location, expected: .bool(claim.value), observed: .bool(false),
            verdict: claim.value ? .failed : .passed, evidence: .proved,
            detail: "the basin of a cycle of \(owner.period) points is the union of the basins of its points under "
                + "f^\(owner.period), which are \(owner.period) disjoint non-empty open sets, so it is not connected")
    }
    if let decided = theoremDecision(.pathConnected, value: true, claim, path: path, owner, context) {
        return decided
    }
    let result = judgeGlobal(claim, path: path, owner, context) { view in
        let count = view.components.count
        guard count > 0 else { return (nil, "no grid point of \(view.box) lies in the basin") }
        if count == 1 { return (true, "1 component in \(view.box)") }
        let enclosed = view.components.filter { !$0.touchesEdge }.count
        let open = count - enclosed
        // Components that reach the edge may meet outside the box, but one that does not
        // is enclosed by the complement and is separate from every other.
        if view.box.dimension == 1 || enclosed + min(1, open) >= 2 {
            return (false, "\(count) components in \(view.box), \(enclosed) of them clear of its edge")
        }
        return (nil, "\(count) components in \(view.box), all reaching its edge, so they may meet outside it")
    }
    // Components that all reach the edge may meet outside the region; a line through the
    // complement that separates two of them settles it.
    if result.verdict == .inconclusive, let separated = separationDecision(claim, path: path, owner, context) {
        return separated
    }
    return result
}

/// Decides `path_connected: false` by a separating line when the grid shows components that
/// all reach the edge: see `findSeparatingLine`.
private func separationDecision(_ claim: Located<Bool>, path: String, _ owner: BasinOwner, _ context: AnalysisContext) -> ClaimResult? {
    guard let label = owner.label, context.dimension == 2 else { return nil }
    let region = context.settings.region
    let parts = context.refinedBasinComponents(label, over: region).mergedComponents
    guard parts.count >= 2,
        let line = findSeparatingLine(label: label, components: parts, grid: context.basinMap(over: region), context)
    else { return nil }
    return ClaimResult(
        path: path, location: claim.location, expected: .bool(claim.value), observed: .bool(false),
        verdict: claim.value ? .failed : .passed, evidence: .numerical,
        detail: "\(parts.count) components in \(region); \(line.summary)")
}

/// Judges `complement_bounded_components`: Theorem 2.2 decides it when it applies, the basin
/// maps otherwise.
private func judgeHoles(_ claim: Located<Bool>, _ owner: BasinOwner, _ context: AnalysisContext) -> ClaimResult {
    let path = "\(owner.path).complement_bounded_components"
    if let decided = theoremDecision(.noHoles, value: false, claim, path: path, owner, context) {
        return decided
    }
    return judgeGlobal(claim, path: path, owner, context) { view in
        let holes = view.complement.filter { !$0.touchesEdge }
        if let hole = holes.first {
            let point = view.grid.coordinates(ofIndex: hole.representative)
            return (true, "\(holes.count) component\(holes.count == 1 ? "" : "s") of the complement in \(view.box) "
                + "clear of its edge, one through \(formatPoint(point))")
        }
        return (false, "every component of the complement in \(view.box) reaches its edge")
    }
}

/// Judges `components`: the number of components of the basin inside the region.
private func judgeComponentCount(_ claim: Located<Int>, _ owner: BasinOwner, _ context: AnalysisContext) -> ClaimResult {
    var result = ClaimResult(
        path: "\(owner.path).components", location: claim.location, expected: .integer(claim.value),
        observed: .text("not checked"), verdict: .inconclusive, evidence: .inconclusive, detail: "")
    guard let view = basinView(owner, over: context.settings.region, context, &result) else { return result }
    let count = view.components.count
    result.observed = .integer(count)
    result.detail = "\(count) component\(count == 1 ? "" : "s") of the basin in \(view.box); \(view.scale)"
    if view.unresolvedShare > Defaults.maximumUnresolvedShare {
        result.detail += "; " + view.unresolvedNote
        return result
    }
    result.evidence = .numerical
    result.verdict = count == claim.value ? .passed : .failed
    return result
}

/// Judges `fraction`: the basin's share of the region's volume.
private func judgeFraction(_ claim: Located<FractionClaim>, _ owner: BasinOwner, _ context: AnalysisContext) -> ClaimResult {
    let expected = claim.value
    var result = ClaimResult(
        path: "\(owner.path).fraction", location: claim.location,
        expected: fractionExpected(expected),
        observed: .text("not checked"), verdict: .inconclusive, evidence: .inconclusive, detail: "")
    guard let view = basinView(owner, over: context.settings.region, context, &result) else { return result }
    guard let label = owner.label else { return result }
    let volume = measureVolume(of: label, in: view.grid)
    result.observed = .number((volume.share * 10_000).rounded() / 10_000)
    result.detail = String(
        format: "%.4f of %@ by the grid's %d points, give or take %.4f where the basin's boundary crosses cells; %@",
        volume.share, view.box.description, view.grid.labels.count, volume.allowance, view.scale)

    // Unresolved points could belong to the basin or not, and the boundary's cells could go
    // either way. So decide only when neither can move the share across the tolerance.
    let error = abs(volume.share - expected.value)
    let slack = volume.allowance + view.unresolvedShare
    if error + slack <= expected.tolerance {
        (result.verdict, result.evidence) = (.passed, .numerical)
    } else if error - slack > expected.tolerance {
        (result.verdict, result.evidence) = (.failed, .numerical)
    } else if view.unresolvedShare > volume.allowance {
        result.detail += "; " + view.unresolvedNote + ", which could go either way"
    } else {
        result.detail += "; the claimed value lies within that allowance of the tolerance's edge"
    }
    return result
}

private func fractionExpected(_ claim: FractionClaim) -> ReportValue {
    .text("\(formatNumber(claim.value)) ± \(formatNumber(claim.tolerance))")
}
