import SpecModel
@testable import SpecText
import Testing
import TestSupport

@Test(arguments: ["width-two.basin", "hardtanh-plane.basin"])
func textWriterIsStable(file: String) throws {
    let spec = try TextSpecReader.parse(fixture(file), file: file).get()
    let written = TextSpecWriter.write(spec)
    let reread = try TextSpecReader.parse(written, file: "written.basin").get()

    #expect(reread == spec)
    expectSameText(TextSpecWriter.write(reread), written)
}

@Test func textWriterKeepsCanonicalFile() throws {
    let text = try fixture("width-two.basin")
    let spec = try TextSpecReader.parse(text, file: "width-two.basin").get()
    expectSameText(TextSpecWriter.write(spec), text)
}

@Test func textWriterFormatsFile() throws {
    let spec = try TextSpecReader.parse(fixture("hardtanh-plane.basin"), file: "hardtanh-plane.basin").get()
    expectSameText(TextSpecWriter.write(spec), try fixture("hardtanh-plane.formatted.basin"))
}

@Test func yamlWriterMatchesExpected() throws {
    let spec = try TextSpecReader.parse(fixture("width-two.basin"), file: "width-two.basin").get()
    expectSameText(YAMLSpecWriter.write(spec), try fixture("width-two.yaml"))
}

@Test func yamlWriterQuotesExpressions() throws {
    let spec = try TextSpecReader.parse(fixture("hardtanh-plane.basin"), file: "hardtanh-plane.basin").get()
    expectSameText(YAMLSpecWriter.write(spec, schema: "../Grammar/basinspec.schema.json"), try fixture("hardtanh-plane.yaml"))
}

/// A spec built in code with the values a writer most easily gets wrong: escapes in strings,
/// a one-dimensional point whose expression starts with `(`, signs and exponents.
func awkwardSpec() throws -> Spec {
    let here = SourceLocation(line: 1, column: 1)
    let third = try NumberExpression.evaluate("(1+2)/9").get()
    let layer = LayerSpec(
        weights: Located(.matrix([[third]]), at: here), bias: Located([-2.5e-12], at: here),
        activation: Located(.leakyReLU(slope: -0.25), at: here), location: here)
    var basin = BasinClaims()
    basin.contains = [Located([third], at: here), Located([-1e300], at: here)]
    basin.components = Located(1, at: here)
    return Spec(
        name: Located("Quotes \" and \\ and\ttabs, ünïcödé", at: here),
        description: "two\nlines",
        network: NetworkSpec(
            input: Located(1, at: here), output: Located(1, at: here), layers: [layer], location: here),
        analysis: AnalysisSettings(seed: Located(UInt64.max, at: here)),
        expectations: Expectations(
            attractors: [AttractorClaim(at: Located([third], at: here), name: "", basin: basin)],
            cycles: [CycleClaim(points: Located([[1], [third]], at: here))]))
}

@Test func textWriterRoundTripsAwkwardValues() throws {
    let spec = try awkwardSpec()
    let written = TextSpecWriter.write(spec)
    let reread = try TextSpecReader.parse(written, file: "awkward.basin").get()

    #expect(reread == spec)
    #expect(reread.name.value == spec.name.value)
    #expect(reread.expectations.attractors[0].at.value[0].expression == "(1+2)/9")
    expectSameText(TextSpecWriter.write(reread), written)
}

@Test(arguments: [
    (1e-9, "1e-9"), (-2.5e-12, "-2.5e-12"), (1e300, "1e+300"), (1e-300, "1e-300"), (0.5, "0.5"), (3, "3"),
    (-7, "-7"), (1.5e-5, "1.5e-5"),
] as [(Double, String)])
func writtenNumberDropsExponentZeros(value: Double, text: String) {
    #expect(numberText(value) == text)
    #expect(Double(numberText(value)) == value)
}
