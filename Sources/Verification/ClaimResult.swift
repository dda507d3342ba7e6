import Foundation
import SpecModel

/// The outcome of checking one claim.
public enum Verdict: String, Sendable {
    case passed
    case failed
    case inconclusive
}

/// The kind of evidence behind a verdict, which is never stronger than its evidence.
public enum Evidence: String, Sendable {
    /// Established exactly: by exact arithmetic, by a witness the theory guarantees, or by an
    /// applicable theorem.
    case proved
    /// Supported by computation at the stated resolution, iterations and tolerance.
    case numerical
    /// The computation could not decide.
    case inconclusive
}

/// A value shown on a report's `- expected` and `+ observed` lines and in its JSON.
public enum ReportValue: Equatable, Sendable, CustomStringConvertible {
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case text(String)
    case point([Double])
    case points([[Double]])

    public var description: String {
        switch self {
        case .bool(let value): "\(value)"
        case .integer(let value): "\(value)"
        case .number(let value): formatNumber(value)
        case .text(let value): value
        case .point(let value): formatPoint(value)
        case .points(let value): "[" + value.map(formatPoint).joined(separator: ", ") + "]"
        }
    }
}

/// Writes a point as `[0.5, -1]`, with at most ten significant digits per coordinate.
public func formatPoint(_ point: [Double]) -> String {
    "[" + point.map(formatCoordinate).joined(separator: ", ") + "]"
}

/// Writes a coordinate with at most ten significant digits, and -0 as 0. Values below 1e-13
/// in size are written as 0: they are rounding noise of a computation that ended at 0.
public func formatCoordinate(_ value: Double) -> String {
    if abs(value) < 1e-13 { return "0" }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    var text = String(format: "%.10g", value)
    if text.contains("e") { return text }
    while text.contains("."), text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text
}

/// The verdict on one claim, with where the claim was written and the evidence behind it.
public struct ClaimResult: Equatable, Sendable {
    /// The claim's place in `expect`, such as `attractors[0].basin.path_connected`.
    public var path: String
    public var location: SourceLocation
    public var expected: ReportValue
    public var observed: ReportValue
    public var verdict: Verdict
    public var evidence: Evidence
    /// One or two sentences of evidence: witness points, counts, the spectral radius, the
    /// resolution.
    public var detail: String

    public init(
        path: String, location: SourceLocation, expected: ReportValue, observed: ReportValue,
        verdict: Verdict, evidence: Evidence, detail: String
    ) {
        self.path = path
        self.location = location
        self.expected = expected
        self.observed = observed
        self.verdict = verdict
        self.evidence = evidence
        self.detail = detail
    }
}

/// The overall state of one spec file.
public enum SpecStatus: String, Sendable {
    case passed
    case failed
    case inconclusive
    case error
}

/// Everything checked in one spec file, or the problems that stopped it from being checked.
public struct SpecResult: Equatable, Sendable {
    /// The file as the user named it.
    public var file: String
    public var name: String
    public var claims: [ClaimResult]
    /// Problems that made the file unusable; when present, no claim was checked.
    public var errors: [Diagnostic]
    /// The settings the verifier chose itself and other facts a reader should know, such as
    /// `region [-4, 4] (chosen to hold every point the spec names)`.
    public var notes: [String]
    /// Lines for `--explain`: the settings in force and each theorem's hypotheses.
    public var explanation: [String]

    public init(
        file: String, name: String, claims: [ClaimResult] = [], errors: [Diagnostic] = [],
        notes: [String] = [], explanation: [String] = []
    ) {
        self.file = file
        self.name = name
        self.claims = claims
        self.errors = errors
        self.notes = notes
        self.explanation = explanation
    }

    public var status: SpecStatus {
        if !errors.isEmpty { return .error }
        if claims.contains(where: { $0.verdict == .failed }) { return .failed }
        if claims.contains(where: { $0.verdict == .inconclusive }) { return .inconclusive }
        return .passed
    }
}
