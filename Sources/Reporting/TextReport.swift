import SpecModel
import Verification

/// What the text report shows besides failed and inconclusive claims.
public struct TextReportOptions: Sendable {
    /// List passed claims too.
    public var verbose = false
    /// Print the settings in force and each theorem's hypotheses.
    public var explain = false

    public init(verbose: Bool = false, explain: Bool = false) {
        self.verbose = verbose
        self.explain = explain
    }
}

/// Renders results as a diff-style text report: one entry per claim that did not pass, each
/// with its location, `- expected` and `+ observed` lines and the evidence, then a summary.
public func renderTextReport(_ results: [SpecResult], options: TextReportOptions = TextReportOptions()) -> String {
    var blocks: [String] = []
    for result in results {
        blocks.append(contentsOf: renderSpec(result, options: options))
    }
    blocks.append(renderSummary(RunSummary(results: results)))
    return blocks.joined(separator: "\n\n") + "\n"
}

private func renderSpec(_ result: SpecResult, options: TextReportOptions) -> [String] {
    if result.status == .error {
        return result.errors.sortedByPosition().map(renderDiagnostic)
    }
    var blocks: [String] = []
    if options.explain {
        let heading = "\(result.file): \(result.name)"
        blocks.append(([heading] + result.explanation.map { "  " + $0 }).joined(separator: "\n"))
    }
    for claim in result.claims where claim.verdict != .passed || options.verbose {
        blocks.append(renderClaim(claim, file: result.file))
    }
    return blocks
}

private func renderClaim(_ claim: ClaimResult, file: String) -> String {
    let heading = "\(file):\(claim.location.line):\(claim.location.column): \(claim.verdict.rawValue): \(claim.path)"
    if claim.verdict == .passed {
        return "\(heading) (\(claim.evidence.rawValue))\n  \(claim.detail)"
    }
    return [
        heading,
        "  - expected: \(claim.expected)",
        "  + observed: \(claim.observed)",
        "  evidence: \(claim.evidence.rawValue); \(claim.detail)",
    ].joined(separator: "\n")
}

private func renderSummary(_ summary: RunSummary) -> String {
    let files = summary.specs == 1 ? "1 spec" : "\(summary.specs) specs"
    let errors = summary.errors == 1 ? "1 error" : "\(summary.errors) errors"
    let claims = summary.claims == 1 ? "1 claim" : "\(summary.claims) claims"
    return "\(files), \(claims): \(summary.passed) passed, \(summary.failed) failed, "
        + "\(summary.inconclusive) inconclusive; \(errors)"
}
