import SpecModel
import SpecText
import Testing

@Test func readerBuildsWidthTwoModel() throws {
    let spec = try TextSpecReader.parse(fixture("width-two.basin"), file: "width-two.basin").get()

    #expect(spec.version?.value == 1)
    #expect(spec.name.value == "Width two on the line")
    #expect(spec.description == "A network R -> R of width two whose attractor 0 has a disconnected basin.")
    #expect(spec.network.input.value == 1)
    #expect(spec.network.output?.value == 1)
    #expect(spec.network.activation?.value == .leakyReLU(slope: 0.5))
    #expect(spec.network.layers.count == 2)
    #expect(spec.network.layers[0].weights.value == .matrix([[1], [-1]]))
    #expect(spec.network.layers[1].weights.value == .matrix([[1, 1]]))
    #expect(spec.network.layers[1].activation?.value == .identity)

    #expect(spec.analysis.region?.value == [-4.0...4.0])
    #expect(spec.analysis.resolution?.value == [801])
    #expect(spec.analysis.tolerance?.value == 1e-9)
    #expect(spec.analysis.seed?.value == 1)

    let expect = spec.expectations
    #expect(expect.fixedPoints?.value == 3)
    #expect(expect.attractors.count == 1)
    #expect(expect.attractors[0].name == "origin")
    #expect(expect.attractors[0].basin.contains.map(\.value) == [[0.5], [3]])
    #expect(expect.attractors[0].basin.fraction?.value == FractionClaim(value: 0.5, tolerance: 0.05))
    #expect(expect.notAttractive.map(\.value) == [[1], [-1]])
    #expect(expect.cycles.first?.points.value == [[-1], [1]])
    #expect(expect.theorems.map(\.theorem.value) == [.noHoles, .pathConnected])
    #expect(expect.theorems.map(\.applies) == [true, false])
}

@Test func readerLocatesClaimsAtTheirKeywords() throws {
    let spec = try TextSpecReader.parse(fixture("width-two.basin"), file: "width-two.basin").get()
    let expect = spec.expectations

    #expect(spec.network.location == SourceLocation(line: 5, column: 1))
    #expect(spec.network.layers[1].location == SourceLocation(line: 11, column: 3))
    #expect(spec.network.layers[0].bias?.location == SourceLocation(line: 9, column: 5))
    #expect(spec.analysis.seed?.location == SourceLocation(line: 24, column: 3))
    #expect(expect.fixedPoints?.location == SourceLocation(line: 28, column: 3))
    #expect(expect.attractors[0].at.location == SourceLocation(line: 29, column: 3))
    #expect(expect.attractors[0].basin.contains.map(\.location) == [
        SourceLocation(line: 31, column: 14), SourceLocation(line: 31, column: 19),
    ])
    #expect(expect.attractors[0].basin.bounded?.location == SourceLocation(line: 33, column: 5))
    #expect(expect.attractors[0].basin.fraction?.location == SourceLocation(line: 37, column: 5))
    #expect(expect.notAttractive[1].location == SourceLocation(line: 39, column: 21))
    #expect(expect.cycles[0].points.location == SourceLocation(line: 41, column: 3))
    #expect(expect.theorems[1].location == SourceLocation(line: 45, column: 3))
    #expect(expect.theorems[1].theorem.location == SourceLocation(line: 45, column: 11))
}

@Test func readerKeepsNumberExpressions() throws {
    let spec = try TextSpecReader.parse(fixture("hardtanh-plane.basin"), file: "hardtanh-plane.basin").get()
    let layers = spec.network.layers

    #expect(layers[0].weights.value == .rotation(degrees: 90, scale: 0.5))
    #expect(layers[1].weights.value == .identity)
    #expect(layers[1].bias?.value.map(\.value) == [0, -(2.0).squareRoot() / 2])
    #expect(layers[1].bias?.value[1].expression == "-sqrt(2)/2")
    #expect(layers[1].activation?.value == .leakyReLU(slope: 0.125))
    guard case .matrix(let rows) = layers[2].weights.value else {
        Issue.record("layer 3 weights are not a matrix")
        return
    }
    #expect(rows[0][0].exact == Rational(1, 2))
    #expect(rows[0][0].expression == "1/2")
    #expect(spec.analysis.region?.value == [-Double.pi...Double.pi, -2.0...2.0])
    #expect(spec.analysis.resolution?.value == [201, 101])
    #expect(spec.expectations.cycles[0].points.value.count == 3)
    #expect(spec.expectations.cycles[0].name == "square")
    #expect(spec.expectations.attractors[1].basin.isEmpty)
}

@Test func readerAcceptsNestedMatrixAndSemicolons() throws {
    let text = """
        name "nested"; network R^2 { layer { weights [[1, 2], [3, 4]]; bias [
            0,
            1] }
        activation relu }
        """
    let spec = try TextSpecReader.parse(text, file: "nested.basin").get()
    #expect(spec.network.layers[0].weights.value == .matrix([[1, 2], [3, 4]]))
    #expect(spec.network.layers[0].bias?.value == [0, 1])
    #expect(spec.network.activation?.value == .relu)
}
