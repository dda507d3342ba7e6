import Foundation
import SpecModel
import SpecYAML
import Testing

@Test func formatExampleDecodes() throws {
    let spec = try YAMLSpecReader.read(contentsOf: "\(fixturesDirectory)/format-example.yaml").get()

    #expect(spec.version?.value == 1)
    #expect(spec.name.value == "Width two on the line")
    #expect(spec.name.location == SourceLocation(line: 2, column: 1))
    #expect(spec.description == "A network R -> R of width two whose attractor 0 has a disconnected basin.")

    let network = spec.network
    #expect(network.input.value == 1)
    #expect(network.input.location == SourceLocation(line: 7, column: 3))
    #expect(network.output?.value == 1)
    #expect(network.activation?.value == .leakyReLU(slope: 0.5))
    #expect(network.activation?.location == SourceLocation(line: 9, column: 3))
    #expect(network.location == SourceLocation(line: 6, column: 1))
    #expect(network.layers.count == 2)
    #expect(network.layers[0].weights.value == .matrix([[1], [-1]]))
    #expect(network.layers[0].location == SourceLocation(line: 11, column: 7))
    #expect(network.layers[0].bias?.value == [0, 0])
    #expect(network.layers[0].bias?.location == SourceLocation(line: 12, column: 7))
    #expect(network.layers[0].activation == nil)
    #expect(network.layers[1].weights.value == .matrix([[1, 1]]))
    #expect(network.layers[1].bias?.value == [0])
    #expect(network.layers[1].activation?.value == .identity)
    #expect(network.layers[1].activation?.location == SourceLocation(line: 15, column: 7))

    let analysis = spec.analysis
    #expect(analysis.region?.value == [-4...4])
    #expect(analysis.region?.location == SourceLocation(line: 18, column: 3))
    #expect(analysis.resolution?.value == [801])
    #expect(analysis.iterations?.value == 1000)
    #expect(analysis.tolerance?.value == 1e-9)
    #expect(analysis.pointTolerance?.value == 1e-5)
    #expect(analysis.seed?.value == 1)
    #expect(analysis.seed?.location == SourceLocation(line: 23, column: 3))
}

@Test func formatExampleClaims() throws {
    let expect = try YAMLSpecReader.read(contentsOf: "\(fixturesDirectory)/format-example.yaml").get().expectations

    #expect(expect.fixedPoints?.value == 3)
    #expect(expect.fixedPoints?.location == SourceLocation(line: 26, column: 3))
    #expect(expect.attractors.count == 1)
    let attractor = try #require(expect.attractors.first)
    #expect(attractor.at.value == [0])
    #expect(attractor.at.location == SourceLocation(line: 28, column: 7))
    #expect(attractor.name == "origin")

    let basin = attractor.basin
    #expect(basin.contains.map(\.value) == [[0.5], [3]])
    #expect(basin.contains.map(\.location) == [SourceLocation(line: 31, column: 20), SourceLocation(line: 31, column: 27)])
    #expect(basin.excludes.map(\.value) == [[1], [-1]])
    #expect(basin.bounded?.value == false)
    #expect(basin.bounded?.location == SourceLocation(line: 33, column: 9))
    #expect(basin.pathConnected?.value == false)
    #expect(basin.components?.value == 2)
    #expect(basin.components?.location == SourceLocation(line: 35, column: 9))
    // The comment on line 35 contains '∩', a character of three UTF-8 bytes; columns count characters.
    #expect(basin.complementBoundedComponents?.value == true)
    #expect(basin.complementBoundedComponents?.location == SourceLocation(line: 36, column: 9))
    #expect(basin.fraction?.value == FractionClaim(value: 0.5, tolerance: 0.05))
    #expect(basin.fraction?.location == SourceLocation(line: 37, column: 9))

    #expect(expect.notAttractive.map(\.value) == [[1], [-1]])
    #expect(expect.notAttractive.map(\.location) == [SourceLocation(line: 38, column: 20), SourceLocation(line: 38, column: 25)])
    #expect(expect.attractorCount?.value == 1)
    #expect(expect.cycles.count == 1)
    #expect(expect.cycles.first?.points.value == [[-1], [1]])
    #expect(expect.cycles.first?.points.location == SourceLocation(line: 41, column: 7))
    #expect(expect.cycles.first?.basin.bounded?.value == false)
    #expect(expect.cycles.first?.basin.bounded?.location == SourceLocation(line: 42, column: 16))

    #expect(expect.theorems.map(\.theorem.value) == [.noHoles, .pathConnected])
    #expect(expect.theorems.map(\.applies) == [true, false])
    #expect(expect.theorems.map(\.location) == [SourceLocation(line: 44, column: 7), SourceLocation(line: 45, column: 7)])
    #expect(expect.theorems.last?.theorem.location == SourceLocation(line: 45, column: 9))
}

@Test func formatExamplePassesValidation() throws {
    let spec = try YAMLSpecReader.read(contentsOf: "\(fixturesDirectory)/format-example.yaml").get()
    #expect(spec.validate(file: "format-example.yaml").isEmpty)
}

@Test func severalProblemsReportedInOrder() {
    let path = "\(fixturesDirectory)/several-problems.yaml"
    let found = problems(of: YAMLSpecReader.read(contentsOf: path))
    #expect(found.map(summary) == [
        "unknown-activation 4:15 unknown activation 'rleu'",
        "invalid-number 7:19 division by zero in number expression",
        "invalid-iterations 9:3 iterations must be at least 1, not 0",
        "invalid-region 10:21 region interval 2 is [2, -2], but its low end must be below its high end",
        "point-dimension 13:7 point has 3 coordinates but the network input has 2",
        "unknown-key 15:9 unknown key 'boundd' in basin",
        "invalid-boolean 16:18 'bounded' must be true or false, not 'yes'",
        "duplicate-key 17:9 duplicate key 'bounded'; it is already set on line 16",
        "unknown-theorem 18:20 unknown theorem '2.5'",
    ])
    #expect(found.allSatisfy { $0.file == path })
    #expect(found.first?.sourceLine == "  activation: rleu")
}

@Test func unquotedTheoremKeepsItsText() throws {
    let spec = try parse(minimalNetwork + "expect:\n  theorems: [2.10, 2.1, {theorem: 2.2, applies: true}]\n").get()
    #expect(spec.expectations.theorems.map(\.theorem.value) == [.pathConnected, .unboundedBasins, .noHoles])
}

@Test func bareNumbersArePointsOnTheLine() throws {
    let text = minimalNetwork + """
        analysis:
          region: [-2, 2]
        expect:
          attractors:
            - at: 0
              basin: {contains: [0.5, "1/3"], excludes: [[3]]}
          cycles:
            - points: [-1, 1]

        """
    let spec = try parse(text).get()
    let attractor = try #require(spec.expectations.attractors.first)
    #expect(attractor.at.value == [0])
    #expect(attractor.basin.contains.map(\.value) == [[0.5], [Scalar(1.0 / 3)]])
    #expect(attractor.basin.contains.last?.value.first?.exact == Rational(1, 3))
    #expect(attractor.basin.contains.last?.value.first?.expression == "1/3")
    #expect(attractor.basin.excludes.map(\.value) == [[3]])
    #expect(spec.expectations.cycles.first?.points.value == [[-1], [1]])
    #expect(spec.analysis.region?.value == [-2...2])
}

@Test func weightShorthandsAndActivations() throws {
    let text = """
        name: shorthands
        network:
          input: 2
          activation: leaky_relu
          layers:
            - weights: identity
            - weights: {rotation: 90}
              activation: leaky_relu( -sqrt(2)/2 )
            - weights: {rotation: "pi", scale: 0.5}
              activation: tanh
        analysis:
          resolution: [101, 51]
          seed: 18446744073709551615

        """
    let spec = try parse(text).get()
    let layers = spec.network.layers
    #expect(spec.network.activation?.value == .leakyReLU(slope: Activation.defaultLeakySlope))
    #expect(layers.map(\.weights.value) == [
        .identity, .rotation(degrees: 90, scale: 1), .rotation(degrees: Scalar(Double.pi), scale: 0.5),
    ])
    #expect(layers[1].activation?.value == .leakyReLU(slope: -(2.0.squareRoot()) / 2))
    #expect(layers[2].activation?.value == .tanh)
    #expect(spec.analysis.resolution?.value == [101, 51])
    #expect(spec.analysis.seed?.value == UInt64.max)
}

@Test func aliasesExpandToTheirAnchors() throws {
    let text = """
        name: aliases
        network:
          input: 2
          activation: relu
          layers:
            - weights: &square [[1, 0], [0, 1]]
            - weights: *square
        expect:
          attractors:
            - at: &origin [0, 0]
              basin: {contains: [*origin]}

        """
    let spec = try parse(text).get()
    #expect(spec.network.layers.map(\.weights.value) == [.matrix([[1, 0], [0, 1]]), .matrix([[1, 0], [0, 1]])])
    #expect(spec.expectations.attractors.first?.basin.contains.map(\.value) == [[0, 0]])
}

@Test func windowsLineEndingsKeepPositions() {
    let text = (minimalNetwork + "analysis:\n  iterations: 0\n").replacingOccurrences(of: "\n", with: "\r\n")
    let found = problems(in: text)
    #expect(found.map(summary) == ["invalid-iterations 8:3 iterations must be at least 1, not 0"])
    #expect(found.first?.sourceLine == "  iterations: 0")
}

@Test func expressionErrorInMultilineScalarPointsAtScalar() {
    // A folded scalar does not show its value verbatim, so the error points at the scalar.
    let found = problems(in: minimalNetwork + "analysis:\n  tolerance: >\n    1 +\n    x\n")
    #expect(found.map(summary) == ["invalid-number 8:14 unknown name 'x' in number expression"])
}
