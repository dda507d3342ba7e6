import Foundation
import SpecModel
import SpecText
import Testing
import VerifyCommand
import TestSupport

/// Runs `verify convert` on `path` and returns what it printed, recording a failure when
/// the command did not succeed.
func convert(_ path: String, to form: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> String {
    let outcome = runVerify(["convert", path, "--to", form])
    #expect(outcome.exitCode == 0, "convert \(path) --to \(form): \(outcome.standardError)", sourceLocation: sourceLocation)
    #expect(outcome.standardError.isEmpty, sourceLocation: sourceLocation)
    return outcome.standardOutput
}

/// Returns the other form of a spec's path, as `convert --to` names it, and its extension.
func otherForm(of path: String) -> (form: String, fileExtension: String) {
    path.hasSuffix(".basin") ? ("yaml", "yaml") : ("text", "basin")
}

/// The text front end's fixtures in either form, relative to the repository.
let fixtureSpecs = repositoryFiles(in: "Tests/SpecTextTests/Fixtures", endingWith: [".yaml", ".basin"])

@Test func fixturesIncludeEveryFeature() {
    #expect(fixtureSpecs.contains("Tests/SpecTextTests/Fixtures/every-feature.yaml"))
}

@Test(arguments: shippedYAMLSpecs + shippedTextSpecs + fixtureSpecs)
func conversionThereAndBackKeepsModel(_ relative: String) throws {
    let original = try readSpec(relative)
    let (there, thereExtension) = otherForm(of: relative)
    let (back, backExtension) = otherForm(of: "x.\(thereExtension)")

    let converted = try temporaryFile("converted.\(thereExtension)", try convert(repositoryPath(relative), to: there))
    let convertedSpec = try readSpec(fromAbsolutePath: converted)
    expectSameModel(convertedSpec, original, "\(relative) in the other form")

    let returned = try temporaryFile("returned.\(backExtension)", try convert(converted, to: back))
    expectSameModel(try readSpec(fromAbsolutePath: returned), original, "\(relative) there and back")
}

@Test(arguments: shippedTextSpecs)
func formattingTextTwinIsStable(_ relative: String) throws {
    let once = try convert(repositoryPath(relative), to: "text")
    let twice = try convert(try temporaryFile("once.basin", once), to: "text")

    expectSameText(twice, once)
    expectSameText(once, TextSpecWriter.write(try readSpec(relative)))
}

@Test(arguments: shippedTextSpecs)
func textTwinIsCanonicalApartFromComments(_ relative: String) throws {
    // The twins are the writer's output with comments and blank lines added by hand, so
    // that `convert --to text` changes nothing else in them.
    let twin = try readRepositoryFile(relative)
    let formatted = try convert(repositoryPath(relative), to: "text")

    expectSameText(withoutCommentsAndBlankLines(twin), withoutCommentsAndBlankLines(formatted))
}

@Test(arguments: shippedYAMLSpecs)
func formattingYAMLSpecIsStable(_ relative: String) throws {
    let once = try convert(repositoryPath(relative), to: "yaml")
    let twice = try convert(try temporaryFile("once.yaml", once), to: "yaml")

    expectSameText(twice, once)
    expectSameModel(try readSpec(fromAbsolutePath: try temporaryFile("once.yaml", once)), try readSpec(relative), relative)
}

/// Removes comments, trailing spaces and blank lines from a spec in the text form.
func withoutCommentsAndBlankLines(_ text: String) -> String {
    text.components(separatedBy: "\n").map(strippingComment).filter { !$0.isEmpty }.joined(separator: "\n")
}

/// Cuts a line at a `#` outside double quotes, then drops the spaces before the cut.
func strippingComment(_ line: String) -> String {
    var kept = ""
    var inString = false
    var escaped = false
    for character in line {
        if inString {
            if escaped {
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "\"" {
                inString = false
            }
        } else if character == "#" {
            break
        } else if character == "\"" {
            inString = true
        }
        kept.append(character)
    }
    while kept.last == " " || kept.last == "\t" { kept.removeLast() }
    return kept
}

@Test(arguments: [
    ("  bounded false  # wrong", "  bounded false"), ("# only a comment", ""),
    (#"name "a # b" # c"#, #"name "a # b""#), (#"name "q\" # r" # s"#, #"name "q\" # r""#),
    (#"name "\\" # t"#, #"name "\\""#),
] as [(String, String)])
func commentStripping(line: String, expected: String) {
    #expect(strippingComment(line) == expected)
}
