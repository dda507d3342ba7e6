import SpecModel
import SpecText
import Testing
import TestSupport

/// Lists every number of a spec in the order the writers print them, each as its value, its
/// exact value and the expression it was written as.
///
/// `Spec`'s `==` compares numbers by value only, so that `0.5` and `"1/2"` are equal. The
/// verifier also uses the exact values (ranks of rational weights), so the two front ends
/// must agree on those as well.
func numberRecords(of spec: Spec) -> [String] {
    var scalars: [Scalar] = []
    for layer in spec.network.layers {
        switch layer.weights.value {
        case .matrix(let rows): scalars += rows.flatMap { $0 }
        case .rotation(let degrees, let scale): scalars += [degrees, scale]
        case .identity: break
        }
        scalars += layer.bias?.value ?? []
    }

    let expectations = spec.expectations
    for attractor in expectations.attractors {
        scalars += attractor.at.value + basinScalars(attractor.basin)
    }
    scalars += expectations.notAttractive.flatMap(\.value)
    for cycle in expectations.cycles {
        scalars += cycle.points.value.flatMap { $0 } + basinScalars(cycle.basin)
    }
    return scalars.map { "\($0.value) exact \($0.exact?.description ?? "none") written \($0.expression ?? "plain")" }
}

private func basinScalars(_ basin: BasinClaims) -> [Scalar] {
    basin.contains.flatMap(\.value) + basin.excludes.flatMap(\.value)
}

/// Checks that two specs are the same model: equal by `==`, written the same by the
/// canonical text writer (which prints every field, expressions included), and with the
/// same exact values.
func expectSameModel(
    _ actual: Spec, _ expected: Spec, _ label: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    // Compared apart from the check, so that a failure shows the writer's line diff below
    // rather than two whole models.
    let equal = actual == expected
    #expect(equal, "\(label): the models differ", sourceLocation: sourceLocation)
    expectSameText(TextSpecWriter.write(actual), TextSpecWriter.write(expected), sourceLocation: sourceLocation)
    #expect(numberRecords(of: actual) == numberRecords(of: expected), "\(label): exact values differ", sourceLocation: sourceLocation)
}
