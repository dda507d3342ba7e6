import Foundation
import SpecModel
import Testing
import VerifyCommand

private let shippedSpecs = repositoryFiles(in: "Specs", endingWith: ".yaml")

@Test func shippedSpecsExist() {
    #expect(shippedSpecs.count >= 8)
}

/// Every claim of every shipped spec passes, and every claim the file states got a verdict.
@Test(arguments: shippedSpecs)
func shippedSpecPassesEveryClaim(path: String) throws {
    let loaded = try loadSpec(path: repositoryFolder.appendingPathComponent(path).path).get()
    let outcome = runFromRepository([path, "--format", "json"])
    #expect(outcome.exitCode == 0, "\(runFromRepository([path]).standardOutput)")

    let report = try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any]
    let summary = try #require(report?["summary"] as? [String: Int])
    #expect(summary["claims"] == claimCount(loaded.spec.expectations))
    #expect(summary["passed"] == summary["claims"])
}

/// The number of claims a spec states: one per key or list item under `expect`.
private func claimCount(_ expect: Expectations) -> Int {
    var count = (expect.fixedPoints == nil ? 0 : 1) + (expect.attractorCount == nil ? 0 : 1)
    count += expect.notAttractive.count + expect.theorems.count
    count += expect.attractors.reduce(0) { $0 + 1 + claimCount($1.basin) }
    count += expect.cycles.reduce(0) { $0 + 1 + claimCount($1.basin) }
    return count
}

private func claimCount(_ basin: BasinClaims) -> Int {
    let flags: [Any?] = [basin.bounded, basin.pathConnected, basin.components, basin.complementBoundedComponents, basin.fraction]
    return basin.contains.count + basin.excludes.count + flags.filter { $0 != nil }.count
}
