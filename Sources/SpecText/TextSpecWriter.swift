import SpecModel

/// Writes a spec in the text form, formatted canonically: the same model always gives the
/// same text, so writing a parsed file formats it.
///
/// The top-level statements come first, then the network, analysis and expect blocks with a
/// blank line before each. Blocks indent by two spaces, and items follow the grammar's order.
/// Comments are not part of the model, so formatting drops them.
public enum TextSpecWriter {
    public static func write(_ spec: Spec) -> String {
        var lines: [String] = []
        if let version = spec.version {
            lines.append("spec \(version.value)")
        }
        lines.append("name \(quoted(spec.name.value))")
        if let description = spec.description {
            lines.append("description \(quoted(description))")
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
        var header = "network \(space(network.input.value))"
        if let output = network.output {
            header += " -> \(space(output.value))"
        }
        var lines = [header + " {"]
        if let activation = network.activation {
            lines.append("  activation \(activation.value)")
        }
        for layer in network.layers {
            lines.append("  layer {")
            lines.append("    weights \(weights(layer.weights.value))")
            if let bias = layer.bias {
                lines.append("    bias [\(list(bias.value))]")
            }
            if let activation = layer.activation {
                lines.append("    activation \(activation.value)")
            }
            lines.append("  }")
        }
        return lines + ["}"]
    }

    private static func analysisLines(_ analysis: AnalysisSettings) -> [String]? {
        var items: [String] = []
        if let region = analysis.region {
            let intervals = region.value.map { "[\(numberText($0.lowerBound)), \(numberText($0.upperBound))]" }
            items.append("region \(intervals.joined(separator: " x "))")
        }
        if let resolution = analysis.resolution {
            items.append("resolution \(resolution.value.map(String.init).joined(separator: " x "))")
        }
        if let iterations = analysis.iterations { items.append("iterations \(iterations.value)") }
        if let tolerance = analysis.tolerance { items.append("tolerance \(numberText(tolerance.value))") }
        if let pointTolerance = analysis.pointTolerance {
            items.append("point_tolerance \(numberText(pointTolerance.value))")
        }
        if let seed = analysis.seed { items.append("seed \(seed.value)") }
        guard !items.isEmpty else { return nil }
        return ["analysis {"] + items.map { "  " + $0 } + ["}"]
    }

    private static func expectationLines(_ expectations: Expectations) -> [String] {
        var items: [String] = []
        if let fixedPoints = expectations.fixedPoints { items.append("fixed_points \(fixedPoints.value)") }
        for attractor in expectations.attractors {
            items += claimLines("attractor \(point(attractor.at.value))", name: attractor.name, basin: attractor.basin)
        }
        if !expectations.notAttractive.isEmpty {
            items.append("not_attractive \(points(expectations.notAttractive))")
        }
        if let count = expectations.attractorCount { items.append("attractor_count \(count.value)") }
        for cycle in expectations.cycles {
            let path = cycle.points.value.map(point).joined(separator: " -> ")
            items += claimLines("cycle \(path)", name: cycle.name, basin: cycle.basin)
        }
        for claim in expectations.theorems {
            items.append("theorem \(claim.theorem.value.rawValue)\(claim.applies ? "" : " does not apply")")
        }
        return ["expect {"] + items.map { "  " + $0 } + ["}"]
    }

    /// Formats an attractor or cycle claim: the header, and a block when there is anything to
    /// put in it.
    private static func claimLines(_ header: String, name: String?, basin: BasinClaims) -> [String] {
        var items: [String] = []
        if let name { items.append("name \(quoted(name))") }
        if !basin.contains.isEmpty { items.append("contains \(points(basin.contains))") }
        if !basin.excludes.isEmpty { items.append("excludes \(points(basin.excludes))") }
        if let bounded = basin.bounded { items.append("bounded \(bounded.value)") }
        if let connected = basin.pathConnected { items.append("path_connected \(connected.value)") }
        if let components = basin.components { items.append("components \(components.value)") }
        if let holes = basin.complementBoundedComponents {
            items.append("complement_bounded_components \(holes.value)")
        }
        if let fraction = basin.fraction {
            items.append("fraction \(numberText(fraction.value.value)) +- \(numberText(fraction.value.tolerance))")
        }
        guard !items.isEmpty else { return [header] }
        return [header + " {"] + items.map { "  " + $0 } + ["}"]
    }

    private static func space(_ dimension: Int) -> String {
        dimension == 1 ? "R" : "R^\(dimension)"
    }

    private static func weights(_ weights: Weights) -> String {
        switch weights {
        case .identity: "identity"
        case .rotation(let degrees, let scale): "rotation \(degrees.writtenText) scale \(scale.writtenText)"
        case .matrix(let rows): "[\(rows.map(list).joined(separator: "; "))]"
        }
    }

    private static func list(_ values: [Scalar]) -> String {
        values.map(\.writtenText).joined(separator: ", ")
    }

    /// Formats a point as a tuple, or in one dimension as a bare number unless the number would
    /// start with `(` and so read as a tuple.
    private static func point(_ point: Point) -> String {
        if point.count == 1, !point[0].writtenText.hasPrefix("(") {
            return point[0].writtenText
        }
        return "(\(list(point)))"
    }

    private static func points(_ points: [Located<Point>]) -> String {
        points.map { point($0.value) }.joined(separator: ", ")
    }

    /// Quotes a string, escaping `"`, `\`, line breaks and tabs.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for character in text {
            switch character {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default: result.append(character)
            }
        }
        return result + "\""
    }
}
