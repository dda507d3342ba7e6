import Foundation
import SpecModel

/// One claim of a spec, ready to be judged: what a report shows for it when it is never
/// judged, and the work that judges it.
struct PendingClaim {
    var path: String
    var location: SourceLocation
    var expected: ReportValue
    var judge: () -> ClaimResult

    /// The verdict for a claim left unjudged because the time limit expired first.
    func cutShort(by limit: TimeLimit) -> ClaimResult {
        ClaimResult(
            path: path, location: location, expected: expected, observed: .text("not checked"),
            verdict: .inconclusive, evidence: .inconclusive,
            detail: "not checked, because the time limit of \(formatNumber(limit.seconds)) s expired")
    }
}

/// The wall-clock budget for checking one spec, started when the spec's check starts.
struct TimeLimit {
    var seconds: Double
    /// The instant the limit expires, which basin maps check between blocks of points.
    private(set) var deadline: ContinuousClock.Instant

    init(seconds: Double) {
        self.seconds = seconds
        deadline = .now + .nanoseconds(Int64(min(seconds, 1e9) * 1e9))
    }

    var hasExpired: Bool { ContinuousClock.now >= deadline }
}

/// Computes a value on first use and keeps it, so that claims that share a costly input (the
/// owner of a basin) compute it only when one of them is judged.
final class Deferred<Value> {
    private var compute: (() -> Value)?
    private var stored: Value?

    init(_ compute: @escaping () -> Value) {
        self.compute = compute
    }

    var value: Value {
        if let stored { return stored }
        let computed = compute!()
        stored = computed
        compute = nil
        return computed
    }
}
