import Foundation
import SpecModel
import Testing
import VerifyCommand
import TestSupport

@Test func everyShippedYAMLSpecHasTextTwin() {
    #expect(!shippedYAMLSpecs.isEmpty)
    for yaml in shippedYAMLSpecs {
        let twin = textTwin(of: yaml)
        #expect(FileManager.default.fileExists(atPath: repositoryPath(twin)), "\(yaml) has no text twin \(twin)")
    }
}

@Test func everyShippedTextSpecHasYAMLTwin() {
    let twins = Set(shippedYAMLSpecs.map(textTwin))
    for text in shippedTextSpecs {
        #expect(twins.contains(text), "\(text) has no YAML spec of the same name")
    }
}

@Test(arguments: shippedYAMLSpecs)
func shippedPairGivesEqualModels(_ yaml: String) throws {
    let twin = textTwin(of: yaml)
    try #require(FileManager.default.fileExists(atPath: repositoryPath(twin)), "\(twin) is missing")

    expectSameModel(try readSpec(twin), try readSpec(yaml), "\(twin) against \(yaml)")
}

@Test(arguments: shippedYAMLSpecs)
func shippedPairGivesEqualReports(_ yaml: String) throws {
    let twin = textTwin(of: yaml)
    try #require(FileManager.default.fileExists(atPath: repositoryPath(twin)), "\(twin) is missing")

    let fromYAML = runVerify([repositoryPath(yaml), "--format", "json"])
    let fromText = runVerify([repositoryPath(twin), "--format", "json"])
    #expect(fromText.exitCode == fromYAML.exitCode)
    #expect(fromText.standardError == fromYAML.standardError)

    let yamlReport = try JSONReport(fromYAML.standardOutput)
    let textReport = try JSONReport(fromText.standardOutput)
    #expect(yamlReport.files == [repositoryPath(yaml)])
    #expect(textReport.files == [repositoryPath(twin)])
    #expect(!textReport.claims.isEmpty, "\(twin) has no claims in its report")
    expectSameText(try textReport.withoutFilesAndPositions(), try yamlReport.withoutFilesAndPositions())
}

@Test(arguments: shippedYAMLSpecs)
func textTwinReportPointsAtClaims(_ yaml: String) throws {
    let twin = textTwin(of: yaml)
    try #require(FileManager.default.fileExists(atPath: repositoryPath(twin)), "\(twin) is missing")

    // Lines differ between the two forms, so the report on the text twin must place every
    // claim at its own keyword, or at the point it names, in the text twin.
    let lines = try readRepositoryFile(twin).components(separatedBy: "\n")
    let report = try JSONReport(runVerify([repositoryPath(twin), "--format", "json"]).standardOutput)
    for claim in report.claims {
        #expect(claimPositionMatches(claim, lines: lines), "\(twin): \(claim.path) is reported at \(claim.line):\(claim.column)")
    }
}

/// Returns whether the text at a claim's reported position is where that claim is written:
/// its keyword, or for a claimed point the point after its keyword.
func claimPositionMatches(_ claim: JSONReport.Claim, lines: [String]) -> Bool {
    guard lines.indices.contains(claim.line - 1) else { return false }
    let line = Array(lines[claim.line - 1].unicodeScalars)
    guard claim.column >= 1, claim.column <= line.count else { return false }
    let before = String(String.UnicodeScalarView(line[..<(claim.column - 1)]))
    let at = String(String.UnicodeScalarView(line[(claim.column - 1)...]))

    let field = claim.path.split(separator: ".").last.map { String($0.prefix { $0 != "[" }) } ?? ""
    let keywords = ["attractors": "attractor", "cycles": "cycle", "theorems": "theorem"]
    if ["contains", "excludes", "not_attractive"].contains(field) {
        let startsPoint = at.first.map { $0.isNumber || "-+(.".contains($0) || $0.isLetter } ?? false
        return before.contains(field) && startsPoint
    }
    return at.hasPrefix(keywords[field] ?? field)
}

/// The parts of a `--format json` report these tests compare.
struct JSONReport {
    struct Claim {
        var path: String
        var line: Int
        var column: Int
        var verdict: String
    }

    var document: [String: Any]

    init(_ text: String) throws {
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
        document = try #require(object as? [String: Any], "the report is not a JSON object")
    }

    private var specs: [[String: Any]] {
        document["specs"] as? [[String: Any]] ?? []
    }

    var files: [String] {
        specs.compactMap { $0["file"] as? String }
    }

    var claims: [Claim] {
        specs.flatMap { spec in
            (spec["claims"] as? [[String: Any]] ?? []).map { claim in
                Claim(
                    path: claim["path"] as? String ?? "", line: claim["line"] as? Int ?? 0,
                    column: claim["column"] as? Int ?? 0, verdict: claim["verdict"] as? String ?? "")
            }
        }
    }

    /// Prints the report without each spec's file and each claim's line and column, with
    /// sorted keys, so that two reports compare line by line.
    func withoutFilesAndPositions() throws -> String {
        var stripped = document
        stripped["specs"] = specs.map { spec in
            var spec = spec
            spec["file"] = nil
            spec["claims"] = (spec["claims"] as? [[String: Any]] ?? []).map { claim in
                var claim = claim
                claim["line"] = nil
                claim["column"] = nil
                return claim
            }
            return spec
        }
        let data = try JSONSerialization.data(withJSONObject: stripped, options: [.prettyPrinted, .sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }
}

/// The text twins of the violation specs, relative to the repository.
let violationTwins = repositoryFiles(in: "Specs/violations", endingWith: [".basin"])

/// Each wrong claim of a violation twin is marked, as in its YAML spec, by a comment
/// `# wrong` at the end of its line, and the report fails exactly the claims on those lines.
@Test(arguments: violationTwins)
func violationTwinFailsAtMarkedLines(_ twin: String) throws {
    let lines = try readRepositoryFile(twin).components(separatedBy: "\n")
    let marked = lines.indices.filter { lines[$0].hasSuffix("# wrong") }.map { $0 + 1 }
    #expect(!marked.isEmpty, "no line of \(twin) is marked `# wrong`")

    let outcome = runVerify([repositoryPath(twin), "--format", "json"])
    #expect(outcome.exitCode == 1)
    let report = try JSONReport(outcome.standardOutput)
    let failedLines = Set(report.claims.filter { $0.verdict == "failed" }.map(\.line))
    #expect(failedLines.sorted() == marked, "failed claims at lines \(failedLines.sorted()), marked \(marked)")
}
