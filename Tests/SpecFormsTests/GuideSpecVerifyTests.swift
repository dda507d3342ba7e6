import Foundation
import Testing
import VerifyCommand
import TestSupport

/// A whole spec written in one of the guides, with the output of `verify` that the guide
/// prints after it, if any.
struct GuideSpec: CustomTestStringConvertible, Sendable {
    /// The guide, relative to the repository.
    var guide: String
    /// The 1-based line of the fence that opens the spec.
    var line: Int
    /// The file name the guide gives the spec, which `verify` prints in front of every entry.
    var fileName: String
    var text: String
    /// Whether the guide marks the spec as showing an error (a ```basin error fence).
    var showsError: Bool
    /// The ```text fence that follows the spec before the next spec, if any.
    var shownOutput: String?

    var testDescription: String { "\(guide) line \(line)" }
}

/// Returns the fenced blocks of a guide as (opening line, info string, text).
private func fencedBlocks(of guide: String) -> [(line: Int, info: String, text: String)] {
    guard let markdown = try? readRepositoryFile(guide) else { return [] }
    var blocks: [(line: Int, info: String, text: String)] = []
    var open: (line: Int, info: String, lines: [String])?
    for (index, line) in markdown.components(separatedBy: "\n").enumerated() {
        if let block = open {
            if line == "```" {
                blocks.append((block.line, block.info, block.lines.joined(separator: "\n") + "\n"))
                open = nil
            } else {
                open?.lines.append(line)
            }
        } else if line.hasPrefix("```") {
            open = (index + 1, String(line.dropFirst(3)).trimmingCharacters(in: .whitespaces), [])
        }
    }
    return blocks
}

/// Returns the whole specs of a guide: ```basin and ```basin error fences, and ```yaml fences
/// that describe a network. Fences such as ```basin layer are fragments and are left out.
private func wholeSpecs(in guide: String, fileName: (String) -> String) -> [GuideSpec] {
    var specs: [GuideSpec] = []
    for block in fencedBlocks(of: guide) {
        switch block.info {
        case "basin", "basin error":
            specs.append(GuideSpec(
                guide: guide, line: block.line, fileName: fileName("basin"), text: block.text,
                showsError: block.info == "basin error"))
        case "yaml" where block.text.contains("\nnetwork:"):
            specs.append(GuideSpec(guide: guide, line: block.line, fileName: fileName("yaml"), text: block.text, showsError: false))
        case "text" where !specs.isEmpty && specs[specs.count - 1].shownOutput == nil:
            specs[specs.count - 1].shownOutput = block.text
        default:
            continue
        }
    }
    return specs
}

/// Every whole spec of the text form's guide and of the README.
let guideSpecs: [GuideSpec] =
    wholeSpecs(in: "Grammar/README.md") { "spec.\($0)" } + wholeSpecs(in: "README.md") { "cube.\($0)" }

/// Runs `verify` on `text` saved as `fileName`, and returns what it printed with the temporary
/// file's path replaced by `fileName`, as a user in the file's folder would see it.
private func verifyAsSaved(_ text: String, as fileName: String) throws -> RunOutcome {
    let path = try temporaryFile(fileName, text)
    var outcome = runVerify([path])
    outcome.standardOutput = outcome.standardOutput.replacingOccurrences(of: path, with: fileName)
    return outcome
}

@Test func guidesHaveWholeSpecs() {
    #expect(guideSpecs.filter { $0.guide == "Grammar/README.md" && !$0.showsError }.count >= 5)
    #expect(guideSpecs.contains { $0.guide == "README.md" })
    #expect(guideSpecs.contains { $0.showsError })
}

/// Every claim of a guide's spec must pass, because readers copy these specs as they are.
@Test(arguments: guideSpecs.filter { !$0.showsError })
func guideSpecVerifies(_ spec: GuideSpec) throws {
    let outcome = try verifyAsSaved(spec.text, as: spec.fileName)
    #expect(outcome.exitCode == 0, "\(outcome.standardOutput)\(outcome.standardError)")
}

/// A spec shown with an error is rejected, and `verify` prints the error the guide shows.
@Test(arguments: guideSpecs.filter(\.showsError))
func guideErrorSpecIsRejected(_ spec: GuideSpec) throws {
    let outcome = try verifyAsSaved(spec.text, as: spec.fileName)
    #expect(outcome.exitCode == 2, "\(outcome.standardOutput)")

    let expectedOutput = try #require(spec.shownOutput, "the guide shows no output after the spec")
    #expect(outcome.standardOutput.contains(expectedOutput), "verify printed:\n\(outcome.standardOutput)")
}

/// The README's sample failure: its short spec with `bounded: false` in place of
/// `bounded: true` must print exactly the output the README shows.
@Test func readmeSampleFailureMatchesOutput() throws {
    let sample = try #require(guideSpecs.first { $0.guide == "README.md" })
    #expect(sample.text.contains("bounded: true"))

    let failingSpec = sample.text.replacingOccurrences(of: "bounded: true", with: "bounded: false")
    let outcome = try verifyAsSaved(failingSpec, as: sample.fileName)
    #expect(outcome.exitCode == 1)

    let expectedOutput = try #require(sample.shownOutput, "the README shows no output after its spec")
    expectSameText(outcome.standardOutput, expectedOutput)
}
