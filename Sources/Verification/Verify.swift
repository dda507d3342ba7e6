import Dynamics
import SpecModel
import Theory

/// Checks every claim of a spec against its network and returns one verdict per claim, in
/// the order the claims appear in the file.
public func verify(_ spec: Spec, network: Network, file: String, options: VerificationOptions = VerificationOptions()) -> SpecResult {
    let context = AnalysisContext(spec: spec, network: network, options: options)
    let expect = spec.expectations
    var claims: [ClaimResult] = []

    if let count = expect.fixedPoints {
        claims.append(judgeFixedPointCount(count, context))
    }
    for (index, attractor) in expect.attractors.enumerated() {
        let verdict = judgeAttractor(attractor, index: index, context)
        claims.append(verdict)
        let point = context.namedFixedPoint(attractor.at.value.values)?.point.point ?? attractor.at.value.values
        let owner = BasinOwner(
            path: "attractors[\(index)].basin", label: context.targetLabel(of: point), point: point, period: 1,
            problem: "not checked, because \(formatPoint(attractor.at.value.values)) does not name an attractive fixed point")
        claims += judgeBasin(attractor.basin, owner: owner, context)
    }
    for (index, point) in expect.notAttractive.enumerated() {
        claims.append(judgeNotAttractive(point, index: index, context))
    }
    if let count = expect.attractorCount {
        claims.append(judgeAttractorCount(count, context))
    }
    for (index, cycle) in expect.cycles.enumerated() {
        claims.append(judgeCycle(cycle, index: index, context))
        let claimed = cycle.points.value.map(\.values)
        let refined = context.namedCycle(claimed)?.points ?? claimed
        let owner = BasinOwner(
            path: "cycles[\(index)].basin", label: context.targetLabel(of: refined[0], period: refined.count),
            point: refined[0], period: refined.count, problem: "not checked, because the claimed points do not form a stable cycle")
        claims += judgeBasin(cycle.basin, owner: owner, context)
    }
    for (index, theorem) in expect.theorems.enumerated() {
        claims.append(judgeTheorem(theorem, index: index, context))
    }

    let ordered = claims.enumerated().sorted { left, right in
        left.element.location == right.element.location
            ? left.offset < right.offset : left.element.location < right.element.location
    }.map(\.element)
    return SpecResult(
        file: file, name: spec.name.value, claims: ordered, notes: notes(context),
        explanation: explanation(context))
}

private func notes(_ context: AnalysisContext) -> [String] {
    guard context.settings.regionWasChosen else { return [] }
    return ["region \(context.settings.region) chosen to hold every point the spec names, with margin"]
}
