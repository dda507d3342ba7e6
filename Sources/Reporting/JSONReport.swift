import Foundation
import SpecModel
import Verification

/// Renders results as the JSON document of the report contract, with keys in a fixed order
/// so that the same results always give the same bytes.
///
/// Beyond the contract's keys, `summary` also counts `errors` (files that could not be
/// checked), each spec lists `notes` (settings the verifier chose itself) and, with
/// `explain`, `explanation`: the lines `--explain` prints in the text report.
public func renderJSONReport(_ results: [SpecResult], explain: Bool = false) -> String {
    let summary = RunSummary(results: results)
    let specs = results.map { specObject($0, explain: explain) }
    let document: [(String, JSON)] = [
        ("version", .integer(1)),
        ("specs", .array(specs)),
        ("summary", .object([
            ("specs", .integer(summary.specs)), ("claims", .integer(summary.claims)),
            ("passed", .integer(summary.passed)), ("failed", .integer(summary.failed)),
            ("inconclusive", .integer(summary.inconclusive)), ("errors", .integer(summary.errors)),
        ])),
    ]
    return JSON.object(document).rendered(indent: 0) + "\n"
}

private func specObject(_ result: SpecResult, explain: Bool) -> JSON {
    var fields: [(String, JSON)] = [
        ("file", .string(result.file)),
        ("name", .string(result.name)),
        ("status", .string(result.status.rawValue)),
        ("claims", .array(result.claims.map(claimObject))),
        ("errors", .array(result.errors.sortedByPosition().map(errorObject))),
        ("notes", .array(result.notes.map(JSON.string))),
    ]
    if explain {
        fields.append(("explanation", .array(result.explanation.map(JSON.string))))
    }
    return .object(fields)
}

private func claimObject(_ claim: ClaimResult) -> JSON {
    .object([
        ("path", .string(claim.path)),
        ("line", .integer(claim.location.line)),
        ("column", .integer(claim.location.column)),
        ("expected", value(claim.expected)),
        ("observed", value(claim.observed)),
        ("verdict", .string(claim.verdict.rawValue)),
        ("evidence", .string(claim.evidence.rawValue)),
        ("detail", .string(claim.detail)),
    ])
}

private func errorObject(_ diagnostic: Diagnostic) -> JSON {
    var fields: [(String, JSON)] = [("code", .string(diagnostic.code)), ("message", .string(diagnostic.message))]
    if let location = diagnostic.location {
        fields.append(("line", .integer(location.line)))
        fields.append(("column", .integer(location.column)))
    }
    if let help = diagnostic.help {
        fields.append(("help", .string(help)))
    }
    return .object(fields)
}

private func value(_ value: ReportValue) -> JSON {
    switch value {
    case .bool(let flag): .bool(flag)
    case .integer(let number): .integer(number)
    case .number(let number): .number(number)
    case .text(let text): .string(text)
    case .point(let point): .array(point.map(JSON.number))
    case .points(let points): .array(points.map { .array($0.map(JSON.number)) })
    }
}

/// A JSON value with object keys kept in the order they were given.
enum JSON {
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([JSON])
    case object([(String, JSON)])

    func rendered(indent: Int) -> String {
        let inner = String(repeating: "  ", count: indent + 1)
        let outer = String(repeating: "  ", count: indent)
        switch self {
        case .bool(let flag): return flag ? "true" : "false"
        case .integer(let number): return String(number)
        case .number(let number): return number.isFinite ? formatNumber(number) : "null"
        case .string(let text): return JSON.quote(text)
        case .array(let items):
            if items.isEmpty { return "[]" }
            if items.allSatisfy(\.isScalar) {
                return "[" + items.map { $0.rendered(indent: 0) }.joined(separator: ", ") + "]"
            }
            return "[\n" + items.map { inner + $0.rendered(indent: indent + 1) }.joined(separator: ",\n") + "\n\(outer)]"
        case .object(let fields):
            if fields.isEmpty { return "{}" }
            let body = fields.map { "\(inner)\(JSON.quote($0.0)): \($0.1.rendered(indent: indent + 1))" }
            return "{\n" + body.joined(separator: ",\n") + "\n\(outer)}"
        }
    }

    private var isScalar: Bool {
        switch self {
        case .array, .object: false
        default: true
        }
    }

    static func quote(_ text: String) -> String {
        doubleQuoted(text)
    }
}
