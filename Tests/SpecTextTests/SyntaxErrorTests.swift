import SpecModel
import SpecText
import Testing
import TestSupport

/// A spec with one syntax error, and the whole rendered report expected for it.
struct SyntaxErrorCase: CustomTestStringConvertible, Sendable {
    var name: String
    var source: String
    var expected: String

    var testDescription: String { name }
}

let syntaxErrorCases: [SyntaxErrorCase] = [
    SyntaxErrorCase(
        name: "misspelt keyword",
        source: """
            name "a"
            network R {
              activaton relu
              layer { weights [1] }
            }
            """,
        expected: """
            bad.basin:3:3: error: unknown keyword 'activaton' in the network block
             3 |   activaton relu
               |   ^~~~~~~~~
              help: did you mean 'activation'?
            """),
    SyntaxErrorCase(
        name: "unterminated string",
        source: """
            name "a
            network R {
              layer { weights [1] }
            }
            """,
        expected: """
            bad.basin:1:6: error: string is not closed before the end of the line
             1 | name "a
               |      ^~
              help: add '"' where the string ends; write \\n for a line break inside it
            """),
    SyntaxErrorCase(
        name: "unexpected character",
        source: """
            name "a"
            network R {
              layer { weights [1] @ }
            }
            """,
        expected: """
            bad.basin:3:23: error: unexpected character '@'
             3 |   layer { weights [1] @ }
               |                       ^
              help: remove it; a comment starts with '#' and text goes in double quotes
            """),
    SyntaxErrorCase(
        name: "unclosed bracket",
        source: """
            name "a"
            network R {
              layer {
                weights [1, 2
              }
            }
            """,
        expected: """
            bad.basin:4:13: error: '[' is not closed
             4 |     weights [1, 2
               |             ^
              help: add ']' to close it
            """),
    SyntaxErrorCase(
        name: "missing number",
        source: """
            name "a"
            network R {
              layer {
                weights [1]
                bias [0, ]
              }
            }
            """,
        expected: """
            bad.basin:5:14: error: expected a number, found ']'
             5 |     bias [0, ]
               |              ^
              help: write a number such as 0.5, or an expression such as 1/3 or -sqrt(2)/2
            """),
    SyntaxErrorCase(
        name: "unknown function in number",
        source: """
            name "a"
            network R {
              layer { weights [sqr(2)] }
            }
            """,
        expected: """
            bad.basin:3:20: error: unknown name 'sqr' in number expression
             3 |   layer { weights [sqr(2)] }
               |                    ^~~
              help: did you mean 'sqrt'? known names: sqrt, exp, log, sin, cos, tan, pi, e
            """),
    SyntaxErrorCase(
        name: "unknown activation",
        source: """
            name "a"
            network R {
              activation rellu
              layer { weights [1] }
            }
            """,
        expected: """
            bad.basin:3:14: error: unknown activation 'rellu'
             3 |   activation rellu
               |              ^~~~~
              help: did you mean 'relu'? known activations: identity, relu, leaky_relu, hardtanh, tanh, sigmoid, softplus, cube, sin
            """),
    SyntaxErrorCase(
        name: "fraction where whole number expected",
        source: """
            name "a"
            network R { layer { weights [1] } }
            analysis {
              iterations 1.5
            }
            """,
        expected: """
            bad.basin:4:14: error: expected a whole number, found '1.5'
             4 |   iterations 1.5
               |              ^~~
              help: write digits only, such as 3
            """),
    SyntaxErrorCase(
        name: "not a boolean",
        source: """
            name "a"
            network R { layer { weights [1] } }
            expect {
              attractor 0 {
                bounded maybe
              }
            }
            """,
        expected: """
            bad.basin:5:13: error: expected true or false, found 'maybe'
             5 |     bounded maybe
               |             ^~~~~
            """),
    SyntaxErrorCase(
        name: "keyword of no block here",
        source: """
            name "a"
            network R {
              input 1
              layer { weights [1] }
            }
            """,
        expected: """
            bad.basin:3:3: error: unknown keyword 'input' in the network block
             3 |   input 1
               |   ^~~~~
              help: the network block accepts: activation, layer
            """),
    SyntaxErrorCase(
        name: "duplicate keyword",
        source: """
            name "a"
            name "b"
            network R { layer { weights [1] } }
            """,
        expected: """
            bad.basin:2:1: error: 'name' is given twice at the top level
             2 | name "b"
               | ^~~~
              help: it is first given at 1:1; remove one of them
            """),
    SyntaxErrorCase(
        name: "missing name",
        source: """
            network R { layer { weights [1] } }
            """,
        expected: """
            bad.basin: error: the spec has no 'name'
              help: add a line such as `name "Width two on the line"`
            """),
    SyntaxErrorCase(
        name: "layer without weights",
        source: """
            name "a"
            network R {
              layer { bias [0] }
            }
            """,
        expected: """
            bad.basin:3:3: error: a layer block has no 'weights'
             3 |   layer { bias [0] }
               |   ^~~~~
              help: add a line such as `weights [1, 0; 0, 1]`
            """),
    SyntaxErrorCase(
        name: "unknown theorem",
        source: """
            name "a"
            network R { layer { weights [1] } }
            expect {
              theorem 2.3
            }
            """,
        expected: """
            bad.basin:4:11: error: unknown theorem '2.3'
             4 |   theorem 2.3
               |           ^~~
              help: the theorems a spec can cite are 2.1, 2.2, 2.10
            """),
    SyntaxErrorCase(
        name: "ragged matrix",
        source: """
            name "a"
            network R^2 { layer { weights [1, 2; 3] } }
            """,
        expected: """
            bad.basin:2:38: error: matrix row 2 has 1 entry but row 1 has 2
             2 | network R^2 { layer { weights [1, 2; 3] } }
               |                                      ^
              help: give every row the same number of entries; ';' ends a row
            """),
    SyntaxErrorCase(
        name: "unclosed block",
        source: """
            name "a"
            network R { layer { weights [1] }
            """,
        expected: """
            bad.basin:2:11: error: the network block is not closed
             2 | network R { layer { weights [1] }
               |           ^
              help: add '}' to close the block opened here
            """),
    SyntaxErrorCase(
        name: "two items on one line",
        source: """
            name "a"
            network R { layer { weights [1] } }
            expect {
              fixed_points 3 attractor_count 1
            }
            """,
        expected: """
            bad.basin:4:18: error: expected end of line, found 'attractor_count'
             4 |   fixed_points 3 attractor_count 1
               |                  ^~~~~~~~~~~~~~~
              help: put each item on a line of its own, or separate items with ';'
            """),
    SyntaxErrorCase(
        name: "keyword in wrong block",
        source: """
            name "a"
            network R { layer { weights [1] } }
            expect {
              bounded true
            }
            """,
        expected: """
            bad.basin:4:3: error: 'bounded' does not belong in the expect block
             4 |   bounded true
               |   ^~~~~~~
              help: write 'bounded' inside an attractor or cycle block
            """),
    SyntaxErrorCase(
        name: "unsupported version",
        source: """
            spec 2
            name "a"
            network R { layer { weights [1] } }
            """,
        expected: """
            bad.basin:1:6: error: unsupported spec version '2'
             1 | spec 2
               |      ^
              help: this verifier reads version 1; write `spec 1` or leave the line out
            """),
    SyntaxErrorCase(
        name: "empty interval",
        source: """
            name "a"
            network R { layer { weights [1] } }
            analysis {
              region [4, -4]
            }
            """,
        expected: """
            bad.basin:4:10: error: interval [4, -4] is empty
             4 |   region [4, -4]
               |          ^~~~~~~
              help: write the low end first, as in [-4, 4]
            """),
    SyntaxErrorCase(
        name: "argument to activation",
        source: """
            name "a"
            network R {
              layer { weights [1]; activation relu(2) }
            }
            """,
        expected: """
            bad.basin:3:35: error: activation 'relu' takes no argument
             3 |   layer { weights [1]; activation relu(2) }
               |                                   ^~~~
              help: only leaky_relu takes an argument, its negative slope, as in leaky_relu(0.5)
            """),
    SyntaxErrorCase(
        name: "unknown escape",
        source: """
            name "a\\q"
            network R { layer { weights [1] } }
            """,
        expected: """
            bad.basin:1:8: error: unknown escape '\\q' in string
             1 | name "a\\q"
               |        ^~
              help: the escapes are \\", \\\\, \\n and \\t
            """),
    SyntaxErrorCase(
        name: "missing input space",
        source: """
            name "a"
            network { layer { weights [1] } }
            """,
        expected: """
            bad.basin:2:9: error: expected the input space, such as R^2, found '{'
             2 | network { layer { weights [1] } }
               |         ^
            """),
    SyntaxErrorCase(
        name: "fraction without tolerance",
        source: """
            name "a"
            network R { layer { weights [1] } }
            expect {
              attractor 0 { fraction 0.5 }
            }
            """,
        expected: """
            bad.basin:4:30: error: expected '+-' and the tolerance, as in 0.5 +- 0.05, found '}'
             4 |   attractor 0 { fraction 0.5 }
               |                              ^
            """),
    SyntaxErrorCase(
        name: "expression ends early",
        source: """
            name "a"
            network R { layer { weights [1] } }
            analysis {
              tolerance 1 +
            }
            """,
        expected: """
            bad.basin:4:15: error: number expression ends early; expected a number, a constant or '('
             4 |   tolerance 1 +
               |               ^
              help: write a number such as 0.5, or an expression such as 1/3 or -sqrt(2)/2
            """),
    SyntaxErrorCase(
        name: "tab before error",
        source: """
            name "a"
            network R {
            \tactivaton relu
            \tlayer { weights [1] }
            }
            """,
        expected: """
            bad.basin:3:2: error: unknown keyword 'activaton' in the network block
             3 |  activaton relu
               |  ^~~~~~~~~
              help: did you mean 'activation'?
            """),
    SyntaxErrorCase(
        name: "accented letters before error",
        source: """
            name "déjà vu"; spec 3
            network R { layer { weights [1] } }
            """,
        expected: """
            bad.basin:1:22: error: unsupported spec version '3'
             1 | name "déjà vu"; spec 3
               |                      ^
              help: this verifier reads version 1; write `spec 1` or leave the line out
            """),
]

@Test(arguments: syntaxErrorCases)
func syntaxErrorReport(_ example: SyntaxErrorCase) {
    guard case .failure(let invalid) = TextSpecReader.parse(example.source, file: "bad.basin") else {
        Issue.record("'\(example.name)' was accepted")
        return
    }
    expectSameText(render(invalid.diagnostics), example.expected + "\n")
}

@Test func syntaxErrorKindsAreDistinct() {
    var codes: Set<String> = []
    for example in syntaxErrorCases {
        if case .failure(let invalid) = TextSpecReader.parse(example.source, file: "bad.basin") {
            codes.formUnion(invalid.diagnostics.map(\.code))
        }
    }
    #expect(codes.count >= 10, "only \(codes.sorted()) were seen")
}
