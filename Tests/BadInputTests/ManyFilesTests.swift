import Foundation
import Testing
import VerifyCommand

/// A bad file costs only itself: the other files of the run are checked and reported.
@Suite("Runs over many files")
struct ManyFilesTests {
    let good = [specsDirectory + "/contraction-plane.yaml", specsDirectory + "/contraction-line.basin"]
    let bad = catalogue.map(\.path)

    /// Good and bad files interleaved, so that a bad file sits before and after each good one.
    var mixed: [String] {
        let half = bad.count / 2
        return Array(bad[..<half]) + [good[0]] + Array(bad[half...]) + [good[1]] + bad.prefix(3)
    }

    @Test("good files are reported among bad ones")
    func goodFilesReported() {
        let outcome = runVerify(["--verbose"] + mixed)
        for file in good {
            #expect(outcome.standardOutput.contains("\(file):"), "no report for \(file)")
        }
        #expect(!outcome.standardOutput.contains(": failed: "))
        #expect(!outcome.standardOutput.contains(": inconclusive: "))
        #expect(outcome.exitCode == 2)
    }

    @Test("summary counts every bad file")
    func summaryCountsErrors() throws {
        let outcome = runVerify(mixed)
        let claims = try goodClaimCount()
        let summary = "\(mixed.count) specs, \(claims) claims: \(claims) passed, 0 failed, 0 inconclusive; "
            + "\(mixed.count - good.count) errors\n"
        #expect(outcome.standardOutput.hasSuffix(summary))
        #expect(outcome.exitCode == 2)
    }

    @Test("good files give the same verdicts alone")
    func verdictsUnchangedByBadFiles() throws {
        let together = try jsonSpecs(runVerify(["--format", "json"] + mixed))
        for file in good {
            let alone = try jsonSpecs(runVerify(["--format", "json", file]))
            let match = together.first { $0["file"] as? String == file }
            #expect(match.map { NSDictionary(dictionary: $0) } == NSDictionary(dictionary: alone[0]))
        }
    }

    @Test("JSON summary counts every bad file")
    func jsonSummaryCountsErrors() throws {
        let outcome = runVerify(["--format", "json"] + mixed)
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
        let summary = try #require(document["summary"] as? [String: Any])
        #expect(summary["specs"] as? Int == mixed.count)
        #expect(summary["errors"] as? Int == mixed.count - good.count)
        #expect(summary["failed"] as? Int == 0)
        #expect(outcome.exitCode == 2)
    }

    private func goodClaimCount() throws -> Int {
        let outcome = runVerify(["--format", "json"] + good)
        #expect(outcome.exitCode == 0)
        return try jsonSpecs(outcome).reduce(0) { $0 + (($1["claims"] as? [Any])?.count ?? 0) }
    }

    private func jsonSpecs(_ outcome: RunOutcome) throws -> [[String: Any]] {
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
        return try #require(document["specs"] as? [[String: Any]])
    }
}
