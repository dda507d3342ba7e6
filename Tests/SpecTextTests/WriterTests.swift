import SpecModel
import SpecText
import Testing

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
