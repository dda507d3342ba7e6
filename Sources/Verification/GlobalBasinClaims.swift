import Basins
import Dynamics
import SpecModel
import Theory

/// One basin as a basin map over a box shows it.
struct BasinView {
    var grid: LabelGrid
    var box: Box
    /// Components of the basin, neighbours sharing a face, after small ones were checked on
    /// a finer grid and joined where it connects them.
    var components: [GridComponent]
    /// How many joins the finer grids made.
    var merges: Int
    /// Components of the complement, neighbours sharing a face, an edge or a corner.
    var complement: [GridComponent]
    var basinCells: Int
    var unresolvedShare: Double

    /// The grid and its cell size, the finest scale the map resolves.
    var scale: String {
        let size = zip(box.intervals, grid.resolution).map { ($0.upperBound - $0.lowerBound) / Double($1 - 1) }.max() ?? 0
        let points = grid.resolution.map(String.init).joined(separator: " × ")
        let joined = merges == 0 ? "" : "; \(merges) small piece\(merges == 1 ? "" : "s") joined on finer grids"
        return "\(points) grid points, cell \(String(format: "%.3g", size))\(joined)"
    }

    var unresolvedNote: String {
        String(format: "%.1f%% of the grid points are unresolved", unresolvedShare * 100)
    }
}

/// Maps the owner's basin over `box`. Returns `nil` when the basin cannot be mapped, and
/// then writes the reason into `result`.
func basinView(_ owner: BasinOwner, over box: Box, _ context: AnalysisContext, _ result: inout ClaimResult) -> BasinView? {
    guard let label = owner.label else {
        result.detail = owner.problem
        return nil
    }
    guard context.dimension <= 2 else {
        result.detail = "basin maps are drawn for d ≤ 2 only, and this network has d = \(context.dimension)"
        return nil
    }
    let grid = context.basinMap(over: box)
    if !grid.isComplete, let limit = context.timeLimit {
        result.detail = "not checked, because the time limit of \(formatNumber(limit.seconds)) s expired during "
            + "the basin map of \(box)"
        return nil
    }
    let refined = context.refinedBasinComponents(label, over: box)
    let basinCells = grid.labels.reduce(0) { $0 + ($1 == label ? 1 : 0) }
    let unresolved = grid.labels.reduce(0) { $0 + ($1 == BasinLabel.unresolved ? 1 : 0) }
    return BasinView(
        grid: grid, box: box, components: refined.mergedComponents, merges: refined.merges,
        complement: complementComponents(of: label, in: grid), basinCells: basinCells,
        unresolvedShare: Double(unresolved) / Double(grid.labels.count))
}

/// Judges a claim about the whole basin from maps of the region and of a larger region.
///
/// `observe` reads the claimed property off one map, or returns `nil` when the map cannot
/// decide it, with a phrase saying what it saw. The verdict is numerical only when the two
/// maps agree, or when only the larger one decides.
func judgeGlobal(
    _ claim: Located<Bool>, path: String, _ owner: BasinOwner, _ context: AnalysisContext,
    observe: (BasinView) -> (value: Bool?, description: String)
) -> ClaimResult {
    var result = ClaimResult(
        path: path, location: claim.location, expected: .bool(claim.value), observed: .text("undecided"),
        verdict: .inconclusive, evidence: .inconclusive, detail: "")
    guard let near = basinView(owner, over: context.settings.region, context, &result),
        let far = basinView(owner, over: context.recheckRegion, context, &result)
    else { return result }

    let (nearValue, nearText) = observe(near)
    let (farValue, farText) = observe(far)
    result.detail = "\(nearText); on the larger region, \(farText); \(near.scale)"
    let unresolved = max(near.unresolvedShare, far.unresolvedShare)
    if unresolved > Defaults.maximumUnresolvedShare {
        result.detail += "; " + (near.unresolvedShare >= far.unresolvedShare ? near : far).unresolvedNote
        return result
    }
    let decided: Bool?
    switch (nearValue, farValue) {
    case (let a?, let b?) where a == b: decided = a
    case (nil, let b?): decided = b
    default: decided = nil
    }
    guard let decided else {
        if let a = nearValue, let b = farValue, a != b { result.detail += "; the two regions disagree" }
        return result
    }
    result.observed = .bool(decided)
    result.verdict = decided == claim.value ? .passed : .failed
    result.evidence = .numerical
    return result
}

/// Decides a basin claim by a theorem when the theorem applies: its conclusion outranks any
/// grid, so the claim passes or fails with the theorem as evidence. Returns `nil` when the
/// theorem does not apply or its hypotheses could not be decided.
///
/// For a cycle of k points (Remark 2.17) the theorems speak of the basin of each point
/// under f^k. The cycle's basin is the disjoint union of those k open sets, so it has the
/// same components and Theorem 2.1 carries over, but Theorems 2.2 and 2.10 do not: the
/// cycle ±1 of hardtanh(−2x) attracts everything but 0, a bounded hole.
func theoremDecision(
    _ theorem: TheoremID, value: Bool, _ claim: Located<Bool>, path: String, _ owner: BasinOwner,
    _ context: AnalysisContext
) -> ClaimResult? {
    let assessment = context.assessment(of: theorem)
    guard assessment.applies == true, owner.label != nil else { return nil }
    guard owner.period == 1 || theorem == .unboundedBasins else { return nil }
    var detail = "Theorem \(theorem.rawValue) applies (\(hypothesisSummary(assessment))), so \(assessment.conclusion)"
    if theorem == .unboundedBasins, let witness = unboundedCurveWitness(of: context.network, through: owner.point) {
        detail += "; witness: \(witness.summary)"
    }
    return ClaimResult(
        path: path, location: claim.location, expected: .bool(claim.value), observed: .bool(value),
        verdict: claim.value == value ? .passed : .failed,
        evidence: assessment.certainty == .exact ? .proved : .numerical, detail: detail)
}

/// Lists the hypotheses with the values that decided them, such as
/// `width at most d: widths [2, 2], d = 2`.
func hypothesisSummary(_ assessment: TheoremAssessment) -> String {
    assessment.hypotheses.map { "\($0.statement): \($0.values)" }.joined(separator: "; ")
}
