import SpecModel
import SpecYAML
import Testing

/// One kind of bad input and the first problem it must produce.
struct BadInput: CustomTestStringConvertible, Sendable {
    var name: String
    var bytes: [UInt8]
    var code: String
    /// `nil` for a problem about the whole file.
    var line: Int?
    var column: Int?
    var message: String
    /// The start of the help line, when the case checks it.
    var helpPrefix: String? = nil

    init(
        _ name: String, _ text: String, code: String, line: Int?, column: Int?, message: String,
        helpPrefix: String? = nil
    ) {
        self.init(name, bytes: Array(text.utf8), code: code, line: line, column: column, message: message, helpPrefix: helpPrefix)
    }

    init(
        _ name: String, bytes: [UInt8], code: String, line: Int?, column: Int?, message: String,
        helpPrefix: String? = nil
    ) {
        self.name = name
        self.bytes = bytes
        self.code = code
        self.line = line
        self.column = column
        self.message = message
        self.helpPrefix = helpPrefix
    }

    var testDescription: String { name }
}

/// Checks that `input` is rejected with exactly one problem, the expected one.
func expectRejected(_ input: BadInput, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let found = problems(of: YAMLSpecReader.parse(input.bytes, file: "spec.yaml"), sourceLocation: sourceLocation)
    #expect(found.count == 1, "\(found.map(summary))", sourceLocation: sourceLocation)
    guard let problem = found.first else { return }
    #expect(problem.code == input.code, sourceLocation: sourceLocation)
    #expect(problem.location?.line == input.line, sourceLocation: sourceLocation)
    #expect(problem.location?.column == input.column, sourceLocation: sourceLocation)
    #expect(problem.message == input.message, sourceLocation: sourceLocation)
    #expect(problem.file == "spec.yaml", sourceLocation: sourceLocation)
    #expect(!problem.message.contains("\n"), sourceLocation: sourceLocation)
    if let prefix = input.helpPrefix {
        #expect(problem.help?.hasPrefix(prefix) == true, "help: \(problem.help ?? "none")", sourceLocation: sourceLocation)
    }
}

private let aliasBomb = """
    a: &a [x, x, x, x, x, x, x, x, x, x]
    b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
    c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
    d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
    e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
    f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]
    g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]
    h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g, *g]
    i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h, *h]

    """

/// "name: caf" followed by a lone Latin-1 byte for 'é'.
private let latin1Bytes = Array("name: caf".utf8) + [0xE9] + Array("\nnetwork: {}\n".utf8)

@Test(arguments: [
    BadInput(
        "syntax error", "a: b: c\n", code: "yaml-syntax", line: 1, column: 5,
        message: "invalid YAML: mapping values are not allowed in this context", helpPrefix: "put a nested mapping"),
    BadInput(
        "unclosed flow list", "name: [1, 2\n", code: "yaml-syntax", line: 2, column: 1,
        message: "invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence that starts on line 1)"),
    BadInput(
        "unclosed quote", "name: \"abc\n", code: "yaml-syntax", line: 2, column: 1,
        message: "invalid YAML: found unexpected end of stream (while scanning a quoted scalar that starts on line 1)",
        helpPrefix: "close the quoted text"),
    BadInput(
        "tab before a key", "network:\n\tinput: 1\n", code: "tab-indentation", line: 2, column: 1,
        message: "tab character used for indentation", helpPrefix: "YAML indents with spaces only"),
    BadInput(
        "tab inside indentation", "network:\n  input: 1\n\t  output: 2\n", code: "tab-indentation", line: 3, column: 1,
        message: "tab character used for indentation"),
    BadInput(
        "duplicate key", minimalNetwork + "name: again\n", code: "duplicate-key", line: 7, column: 1,
        message: "duplicate key 'name'; it is already set on line 1"),
    BadInput(
        "two documents", minimalNetwork + "---\nname: other\n", code: "multiple-documents", line: 7, column: 1,
        message: "file contains more than one YAML document"),
    BadInput(
        "alias bomb", aliasBomb, code: "alias-limit", line: 4, column: 36,
        message: "aliases expand to more than 10000 nodes"),
    BadInput(
        "deep nesting", String(repeating: "[", count: 1000) + String(repeating: "]", count: 1000) + "\n",
        code: "alias-limit", line: 1, column: 65, message: "lists and mappings nest deeper than 64 levels"),
    BadInput(
        "undefined alias", minimalNetwork + "description: *text\n", code: "unknown-alias", line: 7, column: 14,
        message: "alias '*text' refers to no anchor defined before it"),
    BadInput(
        "recursive alias", minimalNetwork + "description: &r [*r]\n", code: "unknown-alias", line: 7, column: 18,
        message: "alias '*r' refers to a node that contains it"),
    BadInput(
        "tag", minimalNetwork + "description: !!str 5\n", code: "unsupported-yaml", line: 7, column: 14,
        message: "YAML tag '!!str' is not supported"),
    BadInput("empty file", "", code: "empty-file", line: nil, column: nil, message: "file contains no spec"),
    BadInput(
        "only comments", "# a spec\n\n# to come\n", code: "empty-file", line: nil, column: nil,
        message: "file contains no spec"),
    BadInput(
        "top level is a list", "- name: x\n", code: "not-a-mapping", line: 1, column: 1,
        message: "the top level of a spec must be a mapping of keys, not a list"),
    BadInput(
        "top level is text", "hello\n", code: "not-a-mapping", line: 1, column: 1,
        message: "the top level of a spec must be a mapping of keys, not 'hello'"),
    BadInput(
        "non-UTF-8 byte", bytes: latin1Bytes, code: "invalid-utf8", line: 1, column: 10,
        message: "file is not valid UTF-8 here"),
    BadInput(
        "control character", "name: a\u{1}b\n", code: "invalid-character", line: 1, column: 8,
        message: "invalid character U+0001 in YAML: control characters are not allowed"),
])
func yamlLevelProblem(_ input: BadInput) {
    expectRejected(input)
}

private func analysis(_ lines: String) -> String {
    minimalNetwork + "analysis:\n" + lines
}

private func basin(_ lines: String) -> String {
    minimalNetwork + "expect:\n  attractors:\n    - at: 0\n      basin:\n" + lines
}

@Test(arguments: [
    BadInput(
        "unknown key with suggestion", basin("        boundd: true\n"), code: "unknown-key", line: 11, column: 9,
        message: "unknown key 'boundd' in basin",
        helpPrefix: "did you mean 'bounded'? allowed keys: contains, excludes, bounded, path_connected, components, complement_bounded_components, fraction"),
    BadInput(
        "unknown key without suggestion", minimalNetwork + "author: me\n", code: "unknown-key", line: 7, column: 1,
        message: "unknown key 'author' at the top level",
        helpPrefix: "allowed keys: spec, name, description, network, analysis, expect"),
    BadInput(
        "key at the wrong level", minimalNetwork + "iterations: 10\n", code: "unknown-key", line: 7, column: 1,
        message: "unknown key 'iterations' at the top level", helpPrefix: "'iterations' belongs in analysis; allowed keys:"),
    BadInput(
        "mapping expected", "name: x\nnetwork: relu\n", code: "wrong-type", line: 2, column: 10,
        message: "'network' must be a mapping, not 'relu'", helpPrefix: "for example: {input: 1"),
    BadInput(
        "list expected", minimalNetwork.replacingOccurrences(of: "  layers:\n    - weights: [[1]]\n", with: "  layers: {weights: [[1]]}\n"),
        code: "wrong-type", line: 5, column: 11, message: "'layers' must be a list, not a mapping"),
    BadInput(
        "unknown activation", minimalNetwork.replacingOccurrences(of: "relu", with: "sigmod"),
        code: "unknown-activation", line: 4, column: 15, message: "unknown activation 'sigmod'",
        helpPrefix: "did you mean 'sigmoid'? known activations: identity, relu, leaky_relu(a), hardtanh"),
    BadInput(
        "argument to relu", minimalNetwork.replacingOccurrences(of: "relu", with: "relu(2)"),
        code: "invalid-activation", line: 4, column: 15, message: "activation 'relu' takes no argument"),
    BadInput(
        "bad leaky_relu slope", minimalNetwork.replacingOccurrences(of: "relu", with: "leaky_relu(1/0)"),
        code: "invalid-number", line: 4, column: 27, message: "division by zero in number expression"),
    BadInput(
        "YAML 1.1 boolean as number", analysis("  iterations: no\n"), code: "boolean-as-number", line: 8, column: 15,
        message: "'no' is a boolean in YAML, not a number"),
    BadInput(
        "on as number", basin("        components: on\n"), code: "boolean-as-number", line: 11, column: 21,
        message: "'on' is a boolean in YAML, not a number"),
    BadInput(
        "number as boolean", basin("        bounded: 1\n"), code: "invalid-boolean", line: 11, column: 18,
        message: "'bounded' must be true or false, not '1'"),
    BadInput(
        "yes as boolean", basin("        bounded: yes\n"), code: "invalid-boolean", line: 11, column: 18,
        message: "'bounded' must be true or false, not 'yes'"),
    BadInput(
        "list as number", analysis("  iterations: [10]\n"), code: "wrong-type", line: 8, column: 15,
        message: "'iterations' must be a number, not a list"),
    BadInput(
        "fraction as integer", basin("        components: 2.5\n"), code: "not-an-integer", line: 11, column: 21,
        message: "'components' must be a whole number, not '2.5'"),
    BadInput(
        "integer too large", analysis("  iterations: 1e30\n"), code: "integer-out-of-range", line: 8, column: 15,
        message: "'iterations' must be a whole number between -2^53 and 2^53, not '1e30'"),
    BadInput(
        "negative seed", analysis("  seed: -1\n"), code: "integer-out-of-range", line: 8, column: 9,
        message: "'seed' must be a whole number from 0 to 18446744073709551615, not '-1'"),
    BadInput(
        "overflowing number", analysis("  tolerance: 1e999\n"), code: "non-finite-number", line: 8, column: 14,
        message: "'1e999' is not a finite number"),
    BadInput(
        "YAML infinity", analysis("  tolerance: .inf\n"), code: "non-finite-number", line: 8, column: 14,
        message: "'.inf' is not a finite number"),
    BadInput(
        "YAML NaN", basin("        contains: [.nan]\n"), code: "non-finite-number", line: 11, column: 20,
        message: "'.nan' is not a finite number"),
    BadInput(
        "unknown name in expression", analysis("  tolerance: \"1/x\"\n"), code: "invalid-number", line: 8, column: 17,
        message: "unknown name 'x' in number expression"),
    BadInput(
        "unclosed expression", basin("        contains: ['sqrt(2']\n"), code: "invalid-number", line: 11, column: 26,
        message: "expected ')' in number expression"),
    BadInput(
        "missing value", basin("        bounded:\n"), code: "missing-value", line: 11, column: 9,
        message: "'bounded' has no value"),
    BadInput(
        "missing key", "name: x\nnetwork:\n  activation: relu\n  layers: [{weights: [[1]]}]\n", code: "missing-key",
        line: 2, column: 1, message: "missing key 'input' in network"),
    BadInput(
        "fraction without tolerance", basin("        fraction: {value: 0.5}\n"), code: "missing-key", line: 11, column: 9,
        message: "missing key 'tolerance' in fraction"),
    BadInput(
        "unknown theorem", minimalNetwork + "expect:\n  theorems: [2.3]\n", code: "unknown-theorem", line: 8, column: 14,
        message: "unknown theorem '2.3'"),
    BadInput(
        "unknown weights shorthand", minimalNetwork.replacingOccurrences(of: "[[1]]", with: "eye"),
        code: "invalid-weights", line: 6, column: 16, message: "unknown weights shorthand 'eye'"),
    BadInput(
        "weights row not a list", minimalNetwork.replacingOccurrences(of: "[[1]]", with: "[[1], 2]"),
        code: "wrong-type", line: 6, column: 22, message: "row 2 of 'weights' must be a list of numbers, not '2'"),
    BadInput(
        "flat list of points in the plane",
        planarNetwork + "expect:\n  not_attractive: [1, 2]\n", code: "wrong-type", line: 8, column: 19,
        message: "'not_attractive' must be a list of points, not a list of numbers"),
    BadInput(
        "unsupported version", "spec: 2\n" + minimalNetwork, code: "unsupported-version", line: 1, column: 1,
        message: "spec version 2 is not supported"),
])
func decodingProblem(_ input: BadInput) {
    expectRejected(input)
}

@Test(arguments: [
    BadInput(
        "point of wrong length", planarNetwork + "expect:\n  not_attractive: [[1, 2, 3]]\n", code: "point-dimension",
        line: 8, column: 20, message: "point has 3 coordinates but the network input has 2",
        helpPrefix: "write a point as a list of 2 numbers, such as [0, 0]"),
    BadInput(
        "bare number in the plane", planarNetwork + "expect:\n  attractors:\n    - at: 0\n", code: "point-dimension",
        line: 9, column: 7, message: "point has 1 coordinate but the network input has 2"),
    BadInput(
        "cycle point of wrong length", minimalNetwork + "expect:\n  cycles:\n    - points: [[1], [1, 2]]\n",
        code: "point-dimension", line: 9, column: 7, message: "cycle point 2 has 2 coordinates but the network input has 1"),
    BadInput(
        "region interval reversed", analysis("  region: [[4, -4]]\n"), code: "invalid-region", line: 8, column: 12,
        message: "region interval 1 is [4, -4], but its low end must be below its high end"),
    BadInput(
        "region interval empty", analysis("  region: [[1, 1]]\n"), code: "invalid-region", line: 8, column: 12,
        message: "region interval 1 is [1, 1], but its low end must be below its high end"),
    BadInput(
        "region of wrong dimension", planarNetwork + "analysis:\n  region: [[-1, 1]]\n", code: "invalid-region",
        line: 8, column: 3, message: "region has 1 interval but the network input has 2"),
    BadInput(
        "region interval not a pair", analysis("  region: [[1, 2, 3]]\n"), code: "invalid-region", line: 8, column: 12,
        message: "region interval 1 must be a [low, high] pair, not a list of 3"),
    BadInput(
        "negative resolution", analysis("  resolution: -5\n"), code: "invalid-resolution", line: 8, column: 3,
        message: "resolution must be at least 2, not -5"),
    BadInput(
        "resolution of wrong length", planarNetwork + "analysis:\n  resolution: [10, 10, 10]\n",
        code: "invalid-resolution", line: 8, column: 3, message: "resolution has 3 entries but the network input has 2"),
    BadInput(
        "zero iterations", analysis("  iterations: 0\n"), code: "invalid-iterations", line: 8, column: 3,
        message: "iterations must be at least 1, not 0"),
    BadInput(
        "zero tolerance", analysis("  tolerance: 0\n"), code: "invalid-tolerance", line: 8, column: 3,
        message: "tolerance must be greater than 0, not 0"),
    BadInput(
        "negative point tolerance", analysis("  point_tolerance: -1e-5\n"), code: "invalid-tolerance", line: 8, column: 3,
        message: "point_tolerance must be greater than 0, not -1e-05"),
    BadInput(
        "fraction above 1", basin("        fraction: {value: 1.5, tolerance: 0}\n"), code: "invalid-fraction",
        line: 11, column: 9, message: "fraction value must be between 0 and 1, not 1.5"),
    BadInput(
        "negative fraction tolerance", basin("        fraction: {value: 0.5, tolerance: -0.1}\n"),
        code: "invalid-fraction", line: 11, column: 9, message: "fraction tolerance must be at least 0, not -0.1"),
    BadInput(
        "negative count", minimalNetwork + "expect:\n  fixed_points: -1\n", code: "invalid-count", line: 8, column: 3,
        message: "fixed_points must be at least 0, not -1"),
    BadInput(
        "empty cycle", minimalNetwork + "expect:\n  cycles:\n    - points: []\n", code: "empty-cycle", line: 9, column: 7,
        message: "cycle has no points"),
    BadInput(
        "claims on a network that is not an autoencoder",
        minimalNetwork.replacingOccurrences(of: "  input: 1\n", with: "  input: 1\n  output: 2\n")
            + "expect:\n  attractor_count: 1\n",
        code: "not-iterable", line: 4, column: 3,
        message: "the network's output has 2 coordinates and its input 1, so it cannot be iterated, but the spec claims fixed points, attractors or cycles"),
    BadInput(
        "zero input", minimalNetwork.replacingOccurrences(of: "input: 1", with: "input: 0"), code: "invalid-dimension",
        line: 3, column: 3, message: "network input must be at least 1, not 0"),
])
func validationProblem(_ input: BadInput) {
    expectRejected(input)
}
