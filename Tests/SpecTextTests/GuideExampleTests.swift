import Foundation
import SpecModel
import SpecText
import Testing

/// One fenced example of the guide: its context (the block it is written in, `file` for a
/// whole spec, or `error` for a whole spec that shows an error) and its text.
struct GuideExample: CustomTestStringConvertible, Sendable {
    var context: String
    var text: String
    var line: Int

    var testDescription: String { "guide line \(line) (\(context))" }

    /// Whether the example is a whole spec written to show an error, in a ```basin error fence.
    var showsError: Bool { context == "error" }

    /// The example as a whole spec: wrapped in the blocks that its context names.
    var spec: String {
        // Settings and claims that write pairs such as `(1, 2)` or `x [` are about the plane.
        let line = "name \"guide\"\nnetwork R {\n"
        let isPlanar = text.contains(try! Regex(#"\([^()]*,|\] x \[|\d x \d"#))
        let plane = "name \"guide\"\nnetwork R^\(isPlanar ? 2 : 1) {\nlayer { weights identity }\n}\n"
        switch context {
        case "network": return line + text + "\n}\n"
        case "layer": return line + "layer {\n" + text + "\n}\n}\n"
        case "analysis": return plane + "analysis {\n" + text + "\n}\n"
        case "expect": return plane + "expect {\n" + text + "\n}\n"
        case "attractor": return plane + "expect {\nattractor \(isPlanar ? "(0, 0)" : "0") {\n" + text + "\n}\n}\n"
        default: return text
        }
    }
}

/// Every ```basin fence of Grammar/README.md.
let guideExamples: [GuideExample] = {
    let url = repositoryFolder.appendingPathComponent("Grammar/README.md")
    guard let guide = try? String(contentsOf: url, encoding: .utf8) else { return [] }
    var examples: [GuideExample] = []
    var current: GuideExample?
    for (index, line) in guide.components(separatedBy: "\n").enumerated() {
        if var example = current {
            if line == "```" {
                examples.append(example)
                current = nil
            } else {
                example.text += (example.text.isEmpty ? "" : "\n") + line
                current = example
            }
        } else if line.hasPrefix("```basin") {
            let context = line.dropFirst("```basin".count).trimmingCharacters(in: .whitespaces)
            current = GuideExample(context: context.isEmpty ? "file" : context, text: "", line: index + 1)
        }
    }
    return examples
}()

@Test func guideHasExamples() {
    #expect(guideExamples.count >= 25)
}

@Test func guideHasWholeSpecs() {
    #expect(guideExamples.filter { $0.context == "file" }.count >= 5)
    #expect(guideExamples.contains { $0.showsError })
}

@Test(arguments: guideExamples.filter { !$0.showsError })
func guideExampleParses(_ example: GuideExample) {
    if case .failure(let invalid) = TextSpecReader.parse(example.spec, file: "guide.basin") {
        Issue.record("\(render(invalid.diagnostics))")
    }
}

@Test(arguments: guideExamples.filter(\.showsError))
func guideErrorExampleIsRejected(_ example: GuideExample) {
    if case .success = TextSpecReader.parse(example.spec, file: "guide.basin") {
        Issue.record("the example is marked as showing an error, but it parses")
    }
}
