import Foundation
import SpecModel

/// Reading the `network` mapping: dimensions, the default activation and the layers.
extension SpecDecoder {
    mutating func decodeNetwork(_ entry: YAMLMappingEntry) -> NetworkSpec? {
        guard let fields = fields(of: entry.value, in: .network, subject: "'network'", owner: entry.key.location) else {
            return nil
        }

        input = required("input", in: fields).flatMap { located(integer($0.value, subject: "'input'"), at: $0) }
        if let input, (1...SpecLimits.maximumUnits).contains(input.value) {
            dimension = input.value
        }
        output = fields["output"].flatMap { located(integer($0.value, subject: "'output'"), at: $0) }
        let defaultActivation = fields["activation"].flatMap {
            located(activation($0.value, subject: "'activation'"), at: $0)
        }

        let layers = required("layers", in: fields).flatMap { decodeLayers($0.value) }
        guard let input, let layers else { return nil }
        return NetworkSpec(input: input, output: output, activation: defaultActivation, layers: layers, location: entry.key.location)
    }

    private mutating func decodeLayers(_ node: YAMLNode) -> [LayerSpec]? {
        guard let items = list(node, subject: "'layers'", example: "[\(Section.layer.example)]") else { return nil }
        let layers = items.enumerated().map { index, item in decodeLayer(item, number: index + 1) }
        return layers.contains(where: { $0 == nil }) ? nil : layers.compactMap { $0 }
    }

    private mutating func decodeLayer(_ node: YAMLNode, number: Int) -> LayerSpec? {
        guard let fields = fields(of: node, in: .layer, subject: "layer \(number)", owner: node.location) else {
            return nil
        }
        let weights = required("weights", in: fields).flatMap { located(decodeWeights($0.value), at: $0) }
        let bias = fields["bias"].flatMap { entry in
            located(numbers(entry.value, subject: "'bias'", example: "[0, 0]"), at: entry)
        }
        let layerActivation = fields["activation"].flatMap {
            located(activation($0.value, subject: "'activation'"), at: $0)
        }

        guard let weights else { return nil }
        if fields["bias"] != nil && bias == nil || fields["activation"] != nil && layerActivation == nil {
            return nil
        }
        return LayerSpec(weights: weights, bias: bias, activation: layerActivation, location: node.location)
    }

    /// Reads weights: a list of rows, `identity`, or `{rotation: DEGREES, scale: S}`.
    private mutating func decodeWeights(_ node: YAMLNode) -> Weights? {
        switch node.content {
        case .scalar(let scalar):
            if node.isNull {
                report(.missingValue("'weights'"), at: node)
                return nil
            }
            guard scalar.value.trimmingCharacters(in: .whitespaces) == "identity" else {
                report(.unknownWeights(scalar.value), at: node)
                return nil
            }
            return .identity

        case .mapping:
            guard let fields = fields(of: node, in: .rotation, subject: "'weights'", owner: node.location) else {
                return nil
            }
            let degrees = required("rotation", in: fields).flatMap { number($0.value, subject: "'rotation'") }
            let scale = fields["scale"].map { number($0.value, subject: "'scale'") } ?? Scalar(integerLiteral: 1)
            guard let degrees, let scale else { return nil }
            return .rotation(degrees: degrees, scale: scale)

        case .sequence(let rows):
            let example = "[[1, 0], [0, 1]]"
            let decoded = rows.enumerated().map { index, row -> [Scalar]? in
                let subject = "row \(index + 1) of 'weights'"
                guard row.items != nil else {
                    report(.wrongType(subject, expected: "a list of numbers", found: row.kindName, example: example), at: row)
                    return nil
                }
                return numbers(row, subject: subject, example: example)
            }
            return decoded.contains(where: { $0 == nil }) ? nil : .matrix(decoded.compactMap { $0 })
        }
    }

    /// Attaches the location of the key that states a value.
    func located<Value>(_ value: Value?, at entry: YAMLMappingEntry) -> Located<Value>? {
        value.map { Located($0, at: entry.key.location) }
    }
}
