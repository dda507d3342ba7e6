import Foundation
import SpecModel

/// Readers of single values: numbers, whole numbers, booleans, text, points, activations.
/// Each reports what is wrong with the node and returns `nil`, or returns the value.
extension SpecDecoder {
    /// The plain scalars that YAML 1.1 reads as booleans; libyaml implements YAML 1.1.
    static let yaml11Booleans: Set<String> = [
        "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
        "on", "On", "ON", "off", "Off", "OFF",
    ]

    /// The plain scalars that YAML reads as infinities or NaN.
    static let yamlNonFinite: Set<String> = [
        ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF", ".nan", ".NaN", ".NAN",
    ]

    /// Reads a YAML number, or a string holding a number expression such as `"1/3"`.
    mutating func number(_ node: YAMLNode, subject: String) -> Scalar? {
        guard let scalar = scalarText(node, subject: subject, expected: "a number") else { return nil }
        let text = scalar.value.trimmingCharacters(in: .whitespaces)

        if scalar.style == .plain, Self.yaml11Booleans.contains(text) {
            report(.booleanAsNumber(text), at: node)
            return nil
        }
        if scalar.style == .plain && Self.yamlNonFinite.contains(text) || Double(text).map({ !$0.isFinite }) == true {
            report(.nonFiniteNumber(text), at: node)
            return nil
        }

        switch NumberExpression.evaluate(scalar.value) {
        case .success(let value):
            return value
        case .failure(let error):
            reportExpressionError(error, in: node, startingAt: 0)
            return nil
        }
    }

    /// Reports a number expression error at its own column when the scalar shows its text
    /// verbatim on one line; otherwise at the scalar. `offset` is where the expression starts
    /// within the scalar's text, in Unicode scalars.
    mutating func reportExpressionError(_ error: NumberExpressionError, in node: YAMLNode, startingAt offset: Int) {
        guard let column = node.scalar?.verbatimColumn else {
            report(.invalidNumber(error), at: node)
            return
        }
        let location = SourceLocation(line: node.location.line, column: column + offset + error.offset)
        report(.invalidNumber(error), at: location, length: error.length)
    }

    /// Reads a whole number that a `Double` represents exactly.
    mutating func integer(_ node: YAMLNode, subject: String) -> Int? {
        guard let number = number(node, subject: subject) else { return nil }
        let text = node.scalar?.value ?? ""
        guard number.value == number.value.rounded() else {
            report(.notAnInteger(subject, text: text), at: node)
            return nil
        }
        let limit = 9_007_199_254_740_992.0  // 2^53: beyond it not every whole number is a Double.
        guard abs(number.value) <= limit else {
            report(.integerOutOfRange(subject, text: text, range: "between -2^53 and 2^53"), at: node)
            return nil
        }
        return Int(number.value)
    }

    /// Reads a seed: any whole number from 0 to `UInt64.max`.
    mutating func seed(_ node: YAMLNode, subject: String) -> UInt64? {
        if let text = node.scalar?.value, let seed = UInt64(text.trimmingCharacters(in: .whitespaces)) {
            return seed
        }
        guard let value = integer(node, subject: subject) else { return nil }
        guard value >= 0 else {
            let range = "from 0 to \(UInt64.max)"
            report(.integerOutOfRange(subject, text: node.scalar?.value ?? "", range: range), at: node)
            return nil
        }
        return UInt64(value)
    }

    /// Reads `true` or `false`, written plain; nothing else counts as a boolean here.
    mutating func boolean(_ node: YAMLNode, subject: String) -> Bool? {
        guard let scalar = scalarText(node, subject: subject, expected: "true or false") else { return nil }
        if scalar.style == .plain {
            switch scalar.value {
            case "true": return true
            case "false": return false
            default: break
            }
        }
        report(.invalidBoolean(subject, text: scalar.value), at: node)
        return nil
    }

    /// Reads any scalar as text.
    mutating func text(_ node: YAMLNode, subject: String) -> String? {
        scalarText(node, subject: subject, expected: "text")?.value
    }

    /// Returns the node's scalar, reporting a missing value or a list or mapping in its place.
    private mutating func scalarText(_ node: YAMLNode, subject: String, expected: String) -> YAMLScalar? {
        guard let scalar = node.scalar else {
            report(.wrongType(subject, expected: expected, found: node.kindName), at: node)
            return nil
        }
        guard !node.isNull else {
            report(.missingValue(subject), at: node)
            return nil
        }
        return scalar
    }

    /// Reads a list of numbers; `nil` when any entry is invalid, after reporting each one.
    mutating func numbers(_ node: YAMLNode, subject: String, example: String) -> [Scalar]? {
        guard let items = list(node, subject: subject, example: example) else { return nil }
        let values = items.enumerated().map { index, item in
            number(item, subject: "entry \(index + 1) of \(subject)")
        }
        return values.contains(where: { $0 == nil }) ? nil : values.compactMap { $0 }
    }

    /// Reads a point: a list of numbers, or a bare number, which is a point of `R^1`. Its
    /// length is checked against `d` by `SpecValidation`.
    mutating func point(_ node: YAMLNode, subject: String) -> Point? {
        if node.scalar != nil, !node.isNull {
            return number(node, subject: subject).map { [$0] }
        }
        return numbers(node, subject: subject, example: pointExample)
    }

    /// Reads a list of points, each located at its item.
    mutating func points(_ node: YAMLNode, subject: String) -> [Located<Point>]? {
        let example = "[\(pointExample), \(pointExample)]"
        guard let items = list(node, subject: subject, example: example) else { return nil }
        if let dimension, dimension > 1, !items.isEmpty, items.allSatisfy({ $0.scalar != nil }) {
            // In R^d with d > 1 a list of bare numbers is a single point missing its brackets.
            let found = "a list of numbers"
            report(.wrongType(subject, expected: "a list of points", found: found, example: example), at: node)
            return nil
        }
        let points = items.enumerated().map { index, item in
            point(item, subject: "point \(index + 1) of \(subject)").map { Located($0, at: item.location) }
        }
        return points.contains(where: { $0 == nil }) ? nil : points.compactMap { $0 }
    }

    /// A point of the network's input dimension, for help lines.
    var pointExample: String {
        "[" + Array(repeating: "0", count: max(1, dimension ?? 1)).joined(separator: ", ") + "]"
    }
}

// MARK: - Activations

extension SpecDecoder {
    /// Reads an activation name such as `relu` or `leaky_relu(0.5)`.
    mutating func activation(_ node: YAMLNode, subject: String) -> Activation? {
        guard let text = text(node, subject: subject)?.trimmingCharacters(in: .whitespaces) else { return nil }
        guard let open = text.firstIndex(of: "(") else {
            return namedActivation(text, at: node)
        }

        let name = text[..<open].trimmingCharacters(in: .whitespaces)
        guard text.hasSuffix(")") else {
            report(.malformedActivation(text), at: node)
            return nil
        }
        guard name == "leaky_relu" else {
            let problem: Problem = Activation.names.contains(name)
                ? .activationArgument(name) : .unknownActivation(name, suggestion: closestMatch(to: name, among: Activation.names))
            report(problem, at: node)
            return nil
        }
        let argument = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
        switch NumberExpression.evaluate(argument) {
        case .success(let slope):
            return .leakyReLU(slope: slope.value)
        case .failure(let error):
            let leadingSpaces = node.scalar?.value.prefix(while: { $0 == " " }).unicodeScalars.count ?? 0
            let offset = leadingSpaces + text[...open].unicodeScalars.count
            reportExpressionError(error, in: node, startingAt: offset)
            return nil
        }
    }

    private mutating func namedActivation(_ name: String, at node: YAMLNode) -> Activation? {
        switch name {
        case "identity": return .identity
        case "relu": return .relu
        case "leaky_relu": return .leakyReLU(slope: Activation.defaultLeakySlope)
        case "hardtanh": return .hardtanh
        case "tanh": return .tanh
        case "sigmoid": return .sigmoid
        case "softplus": return .softplus
        case "cube": return .cube
        case "sin": return .sin
        default:
            report(.unknownActivation(name, suggestion: closestMatch(to: name, among: Activation.names)), at: node)
            return nil
        }
    }
}
