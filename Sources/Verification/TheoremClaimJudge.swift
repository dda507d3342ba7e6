import Basins
import Dynamics
import SpecModel
import Theory

/// Judges `theorems[i]`: whether the theorem's hypotheses hold as claimed. When they hold,
/// the conclusion is also checked on the basin map of every attractor, and the result is
/// reported alongside; it cannot overturn a proof, but a disagreement points at a grid too
/// coarse to trust.
func judgeTheorem(_ claim: TheoremClaim, index: Int, _ context: AnalysisContext) -> ClaimResult {
    let assessment = context.assessment(of: claim.theorem.value)
    let name = "Theorem \(claim.theorem.value.rawValue)"
    var result = ClaimResult(
        path: "theorems[\(index)]", location: claim.location, expected: .text(claim.applies ? "applies" : "does not apply"),
        observed: .text("undecided"), verdict: .inconclusive, evidence: .inconclusive, detail: "")

    guard let applies = assessment.applies else {
        let undecided = assessment.hypotheses.filter { $0.certainty == .undecided }
        result.detail = "\(name): could not decide " + undecided.map { "\($0.statement) (\($0.values))" }.joined(separator: "; ")
        return result
    }
    result.observed = .text(applies ? "applies" : "does not apply")
    result.evidence = assessment.certainty == .exact ? .proved : .numerical
    result.verdict = applies == claim.applies ? .passed : .failed
    if applies {
        result.detail = "\(name) applies (\(hypothesisSummary(assessment))), so \(assessment.conclusion)"
        if let check = conclusionCheck(claim.theorem.value, context) { result.detail += "; \(check)" }
    } else {
        let failing = assessment.hypotheses.filter { !$0.holds && $0.certainty != .undecided }
        result.detail = "\(name) does not apply: " + failing.map { "\"\($0.statement)\" fails (\($0.values))" }.joined(separator: "; ")
    }
    return result
}

/// Reads the theorem's conclusion off the region's basin map for every attractor, for
/// networks of dimension 1 or 2; `nil` when there is nothing to map.
private func conclusionCheck(_ theorem: TheoremID, _ context: AnalysisContext) -> String? {
    guard context.dimension <= 2, !context.targets.isEmpty else { return nil }
    let grid = context.basinMap(over: context.settings.region)
    var disagreements: [String] = []
    var checked = 0
    // Theorems 2.2 and 2.10 speak of the basins of single points, and a cycle's basin is a
    // union of such basins under f^k (Remark 2.17), so only Theorem 2.1 is checked on cycles.
    for (index, target) in context.targets.enumerated() where target.points.count == 1 || theorem == .unboundedBasins {
        let label = Int32(index)
        checked += 1
        let parts = context.refinedBasinComponents(label, over: context.settings.region).mergedComponents
        let where_ = formatPoint(target.points[0])
        switch theorem {
        case .unboundedBasins:
            let enclosed = parts.filter { !$0.touchesEdge }.count
            if enclosed > 0 { disagreements.append("the basin of \(where_) has \(enclosed) component(s) clear of the region's edge") }
        case .noHoles:
            let holes = complementComponents(of: label, in: grid).filter { !$0.touchesEdge }.count
            if holes > 0 { disagreements.append("the complement of the basin of \(where_) has \(holes) component(s) clear of the region's edge") }
        case .pathConnected:
            if parts.count > 1 { disagreements.append("the basin of \(where_) shows \(parts.count) components") }
        }
    }
    if checked == 0 { return nil }
    if disagreements.isEmpty {
        return "the basin map agrees for \(checked == 1 ? "the attractor" : "all \(checked) attractors")"
    }
    return "the basin map at this resolution disagrees, which a finer grid or a larger region should resolve: "
        + disagreements.joined(separator: "; ")
}
