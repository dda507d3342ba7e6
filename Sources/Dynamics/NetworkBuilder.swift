import Foundation
import SpecModel

extension Network {
    /// Builds the network a spec describes, or returns every problem with its dimensions.
    ///
    /// Both front ends leave dimension checks to this one place, so that YAML and text specs
    /// get the same messages. `file` names the spec in the diagnostics.
    public static func build(from spec: NetworkSpec, file: String) -> Result<Network, InvalidSpec> {
        var problems: [Diagnostic] = []
        var layers: [Layer] = []
        var width = spec.input.value

        if width < 1 {
            problems.append(Diagnostic(
                code: "invalid-dimension", message: "network input must be at least 1, not \(width)", file: file,
                location: spec.input.location, help: "set `input` to the dimension d of the network's domain"))
            return .failure(InvalidSpec(problems))
        }
        if spec.layers.isEmpty {
            problems.append(Diagnostic(
                code: "missing-layers", message: "network has no layers", file: file, location: spec.location,
                help: "add at least one layer with `weights`"))
            return .failure(InvalidSpec(problems))
        }

        for (index, layerSpec) in spec.layers.enumerated() {
            let number = index + 1
            guard let weights = buildWeights(layerSpec.weights, inputs: width, layer: number, file: file, problems: &problems) else {
                return .failure(InvalidSpec(problems))
            }
            let bias = layerSpec.bias?.value.values ?? [Double](repeating: 0, count: weights.rows)
            if let written = layerSpec.bias, written.value.count != weights.rows {
                problems.append(Diagnostic(
                    code: "dimension-mismatch",
                    message: "layer \(number) bias has \(count(written.value.count, "entry", "entries")) but the layer has \(count(weights.rows, "unit", "units"))",
                    file: file, location: written.location,
                    help: "give one bias entry per row of the layer's weights"))
                return .failure(InvalidSpec(problems))
            }
            guard let activation = layerSpec.activation?.value ?? spec.activation?.value else {
                problems.append(Diagnostic(
                    code: "missing-activation", message: "layer \(number) has no activation", file: file,
                    location: layerSpec.location,
                    help: "set an activation on the network or on this layer, such as relu"))
                return .failure(InvalidSpec(problems))
            }
            layers.append(Layer(
                weights: weights, bias: bias, activation: activation,
                exactWeights: exactEntries(layerSpec.weights.value, inputs: width)))
            width = weights.rows
        }

        let output = spec.output?.value ?? spec.input.value
        if width != output {
            let stated = spec.output == nil ? "the input dimension, \(output), as an autoencoder's is" : "\(output)"
            problems.append(Diagnostic(
                code: "dimension-mismatch",
                message: "the last layer has \(count(width, "unit", "units")) but the network's output dimension is \(stated)",
                file: file, location: spec.layers[spec.layers.count - 1].location,
                help: "make the last layer's weights have \(output) rows, or set `output: \(width)`"))
            return .failure(InvalidSpec(problems))
        }
        return .success(Network(layers: layers))
    }

    private static func buildWeights(
        _ weights: Located<Weights>, inputs: Int, layer: Int, file: String, problems: inout [Diagnostic]
    ) -> Matrix? {
        switch weights.value {
        case .identity:
            return Matrix.identity(inputs)
        case .rotation(let degrees, let scale):
            guard inputs == 2 else {
                problems.append(Diagnostic(
                    code: "dimension-mismatch",
                    message: "layer \(layer) uses a rotation, which is 2 × 2, but its input has \(count(inputs, "coordinate", "coordinates"))",
                    file: file, location: weights.location, help: "write the weights as a matrix with \(inputs) columns"))
                return nil
            }
            let angle = degrees.value * Double.pi / 180
            let (c, s) = (cos(angle) * scale.value, sin(angle) * scale.value)
            return Matrix([[c, -s], [s, c]])
        case .matrix(let rows):
            guard !rows.isEmpty else {
                problems.append(Diagnostic(
                    code: "dimension-mismatch", message: "layer \(layer) weights have no rows", file: file,
                    location: weights.location, help: "write one row per unit of the layer"))
                return nil
            }
            if let (row, entries) = rows.enumerated().first(where: { $0.element.count != inputs }).map({ ($0.offset, $0.element) }) {
                let source = layer == 1 ? "the network input has" : "layer \(layer - 1) has"
                let columns = count(entries.count, "column", "columns")
                let width = layer == 1 ? count(inputs, "coordinate", "coordinates") : count(inputs, "unit", "units")
                problems.append(Diagnostic(
                    code: "dimension-mismatch",
                    message: "layer \(layer) weights row \(row + 1) has \(columns) but \(source) \(width)",
                    file: file, location: weights.location,
                    help: "every row of a layer's weights needs one entry per input, \(inputs) here"))
                return nil
            }
            return Matrix(rows.map { $0.values })
        }
    }

    private static func exactEntries(_ weights: Weights, inputs: Int) -> [[Rational]]? {
        switch weights {
        case .matrix(let rows):
            var exact: [[Rational]] = []
            for row in rows {
                var exactRow: [Rational] = []
                for entry in row {
                    guard let value = entry.exact else { return nil }
                    exactRow.append(value)
                }
                exact.append(exactRow)
            }
            return exact
        case .identity:
            return (0..<inputs).map { row in (0..<inputs).map { $0 == row ? Rational.one : Rational.zero } }
        case .rotation:
            return nil
        }
    }
}

/// Writes `1 unit` or `3 units`.
private func count(_ value: Int, _ singular: String, _ plural: String) -> String {
    "\(value) \(value == 1 ? singular : plural)"
}
