import Foundation
import Testing
import VerifyCommand
import TestSupport

/// The specs of deliberately wrong claims, one kind of claim per file.
private let violationSpecs = repositoryFiles(in: "Specs/violations", endingWith: ".yaml")

/// Where the expected text reports live, one per violation spec.
private let expectedFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Expected")

@Test func violationFolderCoversEveryKindOfClaim() {
    #expect(violationSpecs.count >= 16)
}

/// Each wrong claim is marked in its file by a comment `# wrong` at the end of its line.
@Test(arguments: violationSpecs)
func violationIsReportedAtItsLine(path: String) throws {
    let text = try String(contentsOf: repositoryFolder.appendingPathComponent(path), encoding: .utf8)
    let marked = text.components(separatedBy: "\n").enumerated()
        .filter { $0.element.hasSuffix("# wrong") }.map { $0.offset + 1 }
    #expect(!marked.isEmpty, "no line of \(path) is marked `# wrong`")

    let outcome = runFromRepository([path])
    #expect(outcome.exitCode == 1)
    let failedLines = outcome.standardOutput.components(separatedBy: "\n")
        .filter { $0.hasPrefix("\(path):") && $0.contains(": failed: ") }
        .compactMap { Int($0.dropFirst(path.count + 1).prefix { $0 != ":" }) }
    #expect(failedLines == marked, "failed claims at lines \(failedLines), marked \(marked)")
}

/// The whole text report of each violation spec, compared with the reviewed expected text.
/// Set BASINSPEC_UPDATE_EXPECTED=1 to rewrite the expected files, then review the diff.
@Test(arguments: violationSpecs)
func violationReportMatchesExpectedText(path: String) throws {
    let outcome = runFromRepository([path])
    let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    let expectedURL = expectedFolder.appendingPathComponent("\(name).txt")
    if ProcessInfo.processInfo.environment["BASINSPEC_UPDATE_EXPECTED"] == "1" {
        try FileManager.default.createDirectory(at: expectedFolder, withIntermediateDirectories: true)
        try outcome.standardOutput.write(to: expectedURL, atomically: true, encoding: .utf8)
    }
    let expected = try String(contentsOf: expectedURL, encoding: .utf8)
    expectSameText(outcome.standardOutput, expected)
}
