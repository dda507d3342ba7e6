import Dynamics
import SpecModel
import Theory

/// Writes the lines `verify --explain` prints for a spec: the settings in force, marked
/// where they are defaults, the network's structure and each theorem's hypotheses with
/// their values.
func explanation(_ context: AnalysisContext) -> [String] {
    let analysis = context.spec.analysis
    let settings = context.settings
    func mark(_ written: Bool) -> String { written ? "" : " (default)" }

    var lines = ["settings:"]
    lines.append("  region \(settings.region)" + (settings.regionWasChosen ? " (chosen to hold every point the spec names, with margin)" : ""))
    lines.append("  resolution \(settings.resolution.map(String.init).joined(separator: " × "))\(mark(analysis.resolution != nil)); "
        + "global claims are checked again on the region scaled by \(formatNumber(Defaults.recheckScale))")
    lines.append("  iterations \(settings.iterations)\(mark(analysis.iterations != nil))")
    lines.append("  tolerance \(formatNumber(settings.tolerance))\(mark(analysis.tolerance != nil))")
    lines.append("  point_tolerance \(formatNumber(settings.pointTolerance))\(mark(analysis.pointTolerance != nil))")
    lines.append("  seed \(settings.seed)\(mark(analysis.seed != nil))")
    lines.append("  escape radius \(formatNumber(Defaults.escapeRadius)); spectral radius within "
        + "\(formatNumber(Defaults.spectralMargin)) of 1 is inconclusive; more than "
        + "\(formatNumber(Defaults.maximumUnresolvedShare * 100))% unresolved grid points make topological claims inconclusive")

    let network = context.network
    let activations = network.layers.map(\.activation.description).joined(separator: ", ")
    lines.append("network: d = \(network.inputDimension), depth \(network.depth), widths \(network.layers.map(\.width)), activations \(activations)")

    for assessment in context.theorems {
        let verdict: String
        switch assessment.applies {
        case true?: verdict = "applies, so \(assessment.conclusion)"
        case false?: verdict = "does not apply"
        case nil: verdict = "undecided"
        }
        lines.append("Theorem \(assessment.theorem.rawValue): \(verdict)")
        for hypothesis in assessment.hypotheses {
            let answer = hypothesis.certainty == .undecided ? "undecided" : (hypothesis.holds ? "yes" : "no")
            lines.append("  \(hypothesis.statement): \(answer) (\(hypothesis.values))")
        }
    }
    return lines
}
