import Foundation
import Testing
import VerifyCommand

/// `--time-limit SECONDS`: claims not judged when the limit expires are inconclusive, and
/// say why.
@Suite("Time limit")
struct TimeLimitTests {
    let slow = specsDirectory + "/slow-contraction.yaml"

    /// With a limit far below the time of any claim, no claim is judged, so the whole report
    /// is known in advance.
    @Test("expired limit leaves every claim unchecked")
    func expiredLimitLeavesClaimsUnchecked() throws {
        let actual = transcript(["--verbose", "--time-limit", "1e-9", slow], relativeTo: specsDirectory)
        let expected = try String(contentsOfFile: specsDirectory + "/slow-contraction.time-limit.expected", encoding: .utf8)
        #expect(actual == expected)
    }

    @Test("limit stops between claims")
    func limitStopsBetweenClaims() throws {
        let outcome = runVerify(["--format", "json", "--time-limit", "1", slow])
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
        let spec = try #require((document["specs"] as? [[String: Any]])?.first)
        let claims = try #require(spec["claims"] as? [[String: Any]])
        let expiry = "not checked, because the time limit of 1 s expired"

        // The attractor claim takes milliseconds; the first basin map takes seconds.
        #expect(claims.first?["path"] as? String == "attractors[0]")
        #expect(claims.first?["detail"] as? String != expiry)
        #expect(claims.last?["path"] as? String == "attractor_count")
        #expect(claims.last?["detail"] as? String == expiry)
        #expect(claims.last?["verdict"] as? String == "inconclusive")
        #expect(claims.last?["evidence"] as? String == "inconclusive")
        #expect(outcome.exitCode == 1)
    }

    /// The slow spec uses up its limit; the quick spec after it still has the whole limit.
    @Test("limit applies to each spec afresh")
    func limitPerSpec() {
        let quick = specsDirectory + "/contraction-plane.yaml"
        let outcome = runVerify(["--verbose", "--time-limit", "1", slow, quick])
        let quickReport = outcome.standardOutput.components(separatedBy: "\n\n").filter { $0.hasPrefix(quick + ":") }
        #expect(outcome.standardOutput.contains("slow-contraction.yaml:23:3: inconclusive: attractor_count"))
        #expect(quickReport.count == 9)
        #expect(quickReport.allSatisfy { $0.contains(": passed: ") })
    }

    @Test("invalid time limits are usage errors", arguments: ["0", "-1", "abc", "nan", "inf", "1e7"])
    func invalidTimeLimit(_ value: String) {
        let outcome = runVerify(["--time-limit", value, slow])
        #expect(outcome.exitCode == 2)
        #expect(outcome.standardError.hasPrefix(
            "verify: --time-limit needs a number of seconds above 0 and at most 1000000\n"))
    }

    @Test("missing time limit value is a usage error")
    func missingTimeLimit() {
        let outcome = runVerify([slow, "--time-limit"])
        #expect(outcome.exitCode == 2)
        #expect(outcome.standardError.contains("--time-limit needs a number of seconds"))
    }
}
