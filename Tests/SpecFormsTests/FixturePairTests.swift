import SpecModel
import SpecText
import SpecYAML
import Testing

/// The text front end's fixtures that state the same spec in both forms.
let fixturePairs: [(yaml: String, text: String)] = [
    ("width-two.yaml", "width-two.basin"),
    ("spec-format-example.yaml", "width-two.basin"),
    ("hardtanh-plane.yaml", "hardtanh-plane.basin"),
    ("hardtanh-plane.yaml", "hardtanh-plane.formatted.basin"),
].map { ("Tests/SpecTextTests/Fixtures/\($0.0)", "Tests/SpecTextTests/Fixtures/\($0.1)") }

@Test(arguments: fixturePairs.map { [$0.yaml, $0.text] })
func fixturePairGivesEqualModels(_ pair: [String]) throws {
    let fromYAML = try readSpec(pair[0])
    let fromText = try readSpec(pair[1])
    expectSameModel(fromText, fromYAML, "\(pair[1]) against \(pair[0])")
}

@Test func fixturePairsKeepExpressions() throws {
    // The pair with number expressions: both front ends keep the author's text.
    let fromYAML = try readSpec("Tests/SpecTextTests/Fixtures/hardtanh-plane.yaml")
    let fromText = try readSpec("Tests/SpecTextTests/Fixtures/hardtanh-plane.basin")
    let written = numberRecords(of: fromText).filter { !$0.hasSuffix("written plain") }

    #expect(written.count >= 3, "\(written)")
    #expect(numberRecords(of: fromYAML) == numberRecords(of: fromText))
}
