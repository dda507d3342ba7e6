import Verification

/// Counts over a run of many spec files, and the exit code they lead to.
public struct RunSummary: Equatable, Sendable {
    public var specs = 0
    public var claims = 0
    public var passed = 0
    public var failed = 0
    public var inconclusive = 0
    /// Spec files that could not be read or are not valid specs.
    public var errors = 0

    public init(results: [SpecResult]) {
        specs = results.count
        for result in results {
            if result.status == .error { errors += 1 }
            for claim in result.claims {
                claims += 1
                switch claim.verdict {
                case .passed: passed += 1
                case .failed: failed += 1
                case .inconclusive: inconclusive += 1
                }
            }
        }
    }

    /// 2 when a file could not be checked, else 1 when a claim failed or (unless allowed)
    /// was inconclusive, else 0.
    public func exitCode(allowInconclusive: Bool) -> Int32 {
        if errors > 0 { return 2 }
        if failed > 0 || (inconclusive > 0 && !allowInconclusive) { return 1 }
        return 0
    }
}
