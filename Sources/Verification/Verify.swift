import Dynamics
import SpecModel
import Theory

/// Checks every claim of a spec against its network and returns one verdict per claim, in
/// the order the claims appear in the file.
///
/// A spec whose settings exceed `SpecLimits`, or whose network could overflow on the region,
/// comes back with errors and no claim checked.
/// With a time limit, the claims not yet judged when it expires are inconclusive.
public func verify(_ spec: Spec, network: Network, file: String, options: VerificationOptions = VerificationOptions()) -> SpecResult {
    let timeLimit = options.timeLimit.map(TimeLimit.init(seconds:))
    let settings = ResolvedSettings(spec)
    var limitProblems = checkLimits(of: spec, settings: settings, file: file)
    if let problem = checkNumericRange(of: network, spec: spec, settings: settings, file: file) {
        limitProblems.append(problem)
    }
    guard limitProblems.isEmpty else {
        return SpecResult(file: file, name: spec.name.value, errors: limitProblems)
    }

    let context = AnalysisContext(spec: spec, network: network, options: options)
    context.timeLimit = timeLimit
    // NOTE: the limit is checked between claims and between blocks of a basin map, but not
    // inside the fixed-point search, which can overrun it on networks with many pieces.
    var claims: [ClaimResult] = []
    for claim in pendingClaims(spec, context) {
        if let timeLimit, timeLimit.hasExpired {
            claims.append(claim.cutShort(by: timeLimit))
        } else {
            claims.append(claim.judge())
        }
    }

    let ordered = claims.enumerated().sorted { left, right in
        left.element.location == right.element.location
            ? left.offset < right.offset : left.element.location < right.element.location
    }.map(\.element)
    let expired = timeLimit?.hasExpired ?? false
    return SpecResult(
        file: file, name: spec.name.value, claims: ordered, notes: notes(context),
        explanation: expired ? ["not computed, because the time limit expired"] : explanation(context))
}

/// Every claim of the spec, in the order they are judged: counts and attractors with their
/// basins first, then cycles and theorems.
private func pendingClaims(_ spec: Spec, _ context: AnalysisContext) -> [PendingClaim] {
    let expect = spec.expectations
    var pending: [PendingClaim] = []

    if let count = expect.fixedPoints {
        pending.append(PendingClaim(path: "fixed_points", location: count.location, expected: .integer(count.value)) {
            judgeFixedPointCount(count, context)
        })
    }
    for (index, attractor) in expect.attractors.enumerated() {
        pending.append(PendingClaim(
            path: "attractors[\(index)]", location: attractor.at.location, expected: .text("attractive fixed point")
        ) {
            judgeAttractor(attractor, index: index, context)
        })
        let path = "attractors[\(index)].basin"
        let owner = Deferred {
            let point = context.namedFixedPoint(attractor.at.value.values)?.point.point ?? attractor.at.value.values
            return BasinOwner(
                path: path, label: context.targetLabel(of: point), point: point, period: 1,
                problem: "not checked, because \(formatPoint(attractor.at.value.values)) does not name an attractive fixed point")
        }
        pending += pendingBasinClaims(attractor.basin, path: path, owner: owner, context)
    }
    for (index, point) in expect.notAttractive.enumerated() {
        pending.append(PendingClaim(
            path: "not_attractive[\(index)]", location: point.location, expected: .text("fixed point, not attractive")
        ) {
            judgeNotAttractive(point, index: index, context)
        })
    }
    if let count = expect.attractorCount {
        pending.append(PendingClaim(path: "attractor_count", location: count.location, expected: .integer(count.value)) {
            judgeAttractorCount(count, context)
        })
    }
    for (index, cycle) in expect.cycles.enumerated() {
        pending.append(PendingClaim(
            path: "cycles[\(index)]", location: cycle.points.location,
            expected: .text("stable cycle of period \(cycle.points.value.count)")
        ) {
            judgeCycle(cycle, index: index, context)
        })
        let path = "cycles[\(index)].basin"
        let owner = Deferred {
            let claimed = cycle.points.value.map(\.values)
            let refined = context.namedCycle(claimed)?.points ?? claimed
            return BasinOwner(
                path: path, label: context.targetLabel(of: refined[0], period: refined.count),
                point: refined[0], period: refined.count,
                problem: "not checked, because the claimed points do not form a stable cycle")
        }
        pending += pendingBasinClaims(cycle.basin, path: path, owner: owner, context)
    }
    for (index, theorem) in expect.theorems.enumerated() {
        pending.append(PendingClaim(
            path: "theorems[\(index)]", location: theorem.location,
            expected: .text(theorem.applies ? "applies" : "does not apply")
        ) {
            judgeTheorem(theorem, index: index, context)
        })
    }
    return pending
}

private func notes(_ context: AnalysisContext) -> [String] {
    guard context.settings.regionWasChosen else { return [] }
    return ["region \(context.settings.region) chosen to hold every point the spec names, with margin"]
}
