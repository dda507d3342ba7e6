import SpecModel

/// Writes a spec in the YAML form, formatted canonically: keys in the order of the format's
/// description, two spaces of indentation, flow style for points and matrices, and number
/// expressions such as `"1/3"` kept as quoted strings.
public enum YAMLSpecWriter {
    /// Writes `spec`; with `schema`, the first line is a comment that points editors using
    /// the YAML language server at that JSON Schema.
    public static func write(_ spec: Spec, schema: String? = nil) -> String {
        var lines: [String] = []
        if let schema {
            lines.append("# yaml-language-server: $schema=\(schema)")
        }
        if let version = spec.version {
            lines.append("spec: \(version.value)")
        }
        lines.append("name: \(quoted(spec.name.value))")
        if let description = spec.description {
            lines.append("description: \(quoted(description))")
        }

        lines.append("")
        lines += networkLines(spec.network)
        if let analysis = analysisLines(spec.analysis) {
            lines.append("")
            lines += analysis
        }
        if !spec.expectations.isEmpty {
            lines.append("")
            lines += expectationLines(spec.expectations)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func networkLines(_ network: NetworkSpec) -> [String] {
        var lines = ["network:", "  input: \(network.input.value)"]
        if let output = network.output { lines.append("  output: \(output.value)") }
        if let activation = network.activation { lines.append("  activation: \(activation.value)") }
        lines.append("  layers:")
        for layer in network.layers {
            lines.append("    - weights: \(weights(layer.weights.value))")
            if let bias = layer.bias { lines.append("      bias: \(list(bias.value))") }
            if let activation = layer.activation { lines.append("      activation: \(activation.value)") }
        }
        return lines
    }

    private static func analysisLines(_ analysis: AnalysisSettings) -> [String]? {
        var items: [String] = []
        if let region = analysis.region {
            let intervals = region.value.map { "[\(numberText($0.lowerBound)), \(numberText($0.upperBound))]" }
            items.append("region: [\(intervals.joined(separator: ", "))]")
        }
        if let resolution = analysis.resolution {
            let counts = resolution.value.map(String.init)
            items.append("resolution: \(counts.count == 1 ? counts[0] : "[\(counts.joined(separator: ", "))]")")
        }
        if let iterations = analysis.iterations { items.append("iterations: \(iterations.value)") }
        if let tolerance = analysis.tolerance { items.append("tolerance: \(numberText(tolerance.value))") }
        if let pointTolerance = analysis.pointTolerance {
            items.append("point_tolerance: \(numberText(pointTolerance.value))")
        }
        if let seed = analysis.seed { items.append("seed: \(seed.value)") }
        guard !items.isEmpty else { return nil }
        return ["analysis:"] + items.map { "  " + $0 }
    }

    private static func expectationLines(_ expectations: Expectations) -> [String] {
        var lines = ["expect:"]
        if let fixedPoints = expectations.fixedPoints { lines.append("  fixed_points: \(fixedPoints.value)") }
        if !expectations.attractors.isEmpty {
            lines.append("  attractors:")
            for attractor in expectations.attractors {
                lines.append("    - at: \(list(attractor.at.value))")
                lines += claimLines(name: attractor.name, basin: attractor.basin)
            }
        }
        if !expectations.notAttractive.isEmpty {
            lines.append("  not_attractive: \(points(expectations.notAttractive.map(\.value)))")
        }
        if let count = expectations.attractorCount { lines.append("  attractor_count: \(count.value)") }
        if !expectations.cycles.isEmpty {
            lines.append("  cycles:")
            for cycle in expectations.cycles {
                lines.append("    - points: \(points(cycle.points.value))")
                lines += claimLines(name: cycle.name, basin: cycle.basin)
            }
        }
        if !expectations.theorems.isEmpty {
            lines.append("  theorems:")
            for claim in expectations.theorems {
                let number = quoted(claim.theorem.value.rawValue)
                lines.append(claim.applies ? "    - \(number)" : "    - {theorem: \(number), applies: false}")
            }
        }
        return lines
    }

    /// Formats the keys after the first of an attractor or cycle item: its name and its basin.
    private static func claimLines(name: String?, basin: BasinClaims) -> [String] {
        var lines: [String] = []
        if let name { lines.append("      name: \(quoted(name))") }
        guard !basin.isEmpty else { return lines }

        lines.append("      basin:")
        var items: [String] = []
        if !basin.contains.isEmpty { items.append("contains: \(points(basin.contains.map(\.value)))") }
        if !basin.excludes.isEmpty { items.append("excludes: \(points(basin.excludes.map(\.value)))") }
        if let bounded = basin.bounded { items.append("bounded: \(bounded.value)") }
        if let connected = basin.pathConnected { items.append("path_connected: \(connected.value)") }
        if let components = basin.components { items.append("components: \(components.value)") }
        if let holes = basin.complementBoundedComponents {
            items.append("complement_bounded_components: \(holes.value)")
        }
        if let fraction = basin.fraction {
            let value = numberText(fraction.value.value)
            let tolerance = numberText(fraction.value.tolerance)
            items.append("fraction: {value: \(value), tolerance: \(tolerance)}")
        }
        return lines + items.map { "        " + $0 }
    }

    private static func weights(_ weights: Weights) -> String {
        switch weights {
        case .identity: "identity"
        case .rotation(let degrees, let scale): "{rotation: \(number(degrees)), scale: \(number(scale))}"
        case .matrix(let rows): "[\(rows.map(list).joined(separator: ", "))]"
        }
    }

    private static func points(_ points: [Point]) -> String {
        "[\(points.map(list).joined(separator: ", "))]"
    }

    private static func list(_ values: [Scalar]) -> String {
        "[\(values.map(number).joined(separator: ", "))]"
    }

    /// Formats a plain number, or an expression as a quoted string so that YAML keeps its text.
    private static func number(_ scalar: Scalar) -> String {
        scalar.expression.map(quoted) ?? numberText(scalar.value)
    }

    /// Quotes a YAML string in double quotes, escaping control characters.
    static func quoted(_ text: String) -> String {
        doubleQuoted(text)
    }
}
