import SpecModel

/// Every problem the text front end reports. `diagnostic` is the one place that words them.
enum TextProblem {
    case unexpectedCharacter(Character)
    case unterminatedString
    case controlCharacter(Unicode.Scalar)
    case unknownEscape(Character)
    case unknownKeyword(String, block: Block)
    case misplacedKeyword(String, block: Block, home: Block)
    case duplicateKeyword(String, block: Block, first: SourceLocation)
    case missingKeyword(String, block: Block, example: String)
    /// A token that cannot stand where it is; `what` names what could.
    case expected(String, found: Token)
    case trailingText(found: Token)
    case invalidNumber(NumberExpressionError, text: String)
    case notWholeNumber(String)
    case unknownActivation(String)
    case activationTakesNoArgument(String)
    case unknownTheorem(String)
    case unsupportedVersion(String)
    case raggedMatrix(row: Int, entries: Int, expected: Int)
    case emptyInterval(low: String, high: String)
    case unclosedBlock(Block)
    case unclosedBracket(String)

    /// A stable identifier of the kind of problem, for tests and tools.
    var code: String {
        switch self {
        case .unexpectedCharacter: "unexpected-character"
        case .unterminatedString: "unterminated-string"
        case .controlCharacter: "invalid-character"
        case .unknownEscape: "invalid-escape"
        case .unknownKeyword: "unknown-key"
        case .misplacedKeyword: "misplaced-key"
        case .duplicateKeyword: "duplicate-key"
        case .missingKeyword: "missing-key"
        case .expected: "syntax-error"
        case .trailingText: "trailing-text"
        case .invalidNumber: "invalid-number"
        case .notWholeNumber: "not-an-integer"
        case .unknownActivation: "unknown-activation"
        case .activationTakesNoArgument: "invalid-activation"
        case .unknownTheorem: "unknown-theorem"
        case .unsupportedVersion: "unsupported-version"
        case .raggedMatrix: "ragged-matrix"
        case .emptyInterval: "empty-interval"
        case .unclosedBlock: "unclosed-block"
        case .unclosedBracket: "unclosed-bracket"
        }
    }

    var message: String {
        switch self {
        case .unexpectedCharacter(let character):
            "unexpected character '\(character)'"
        case .unterminatedString:
            "string is not closed before the end of the line"
        case .controlCharacter(let scalar):
            "control character U+\(codePoint(scalar)) in string"
        case .unknownEscape(let character):
            "unknown escape '\\\(character)' in string"
        case .unknownKeyword(let word, let block):
            "unknown keyword '\(word)' \(block.preposition)"
        case .misplacedKeyword(let word, let block, _):
            "'\(word)' does not belong \(block.preposition)"
        case .duplicateKeyword(let word, let block, _):
            "'\(word)' is given twice \(block.preposition)"
        case .missingKeyword(let word, let block, _):
            block == .top ? "the spec has no '\(word)'" : "\(block.phrase) has no '\(word)'"
        case .expected(let what, let found):
            "expected \(what), found \(found.quoted)"
        case .trailingText(let found):
            "expected end of line, found \(found.quoted)"
        case .invalidNumber(let error, _):
            error.message
        case .notWholeNumber(let text):
            "expected a whole number, found '\(text)'"
        case .unknownActivation(let name):
            "unknown activation '\(name)'"
        case .activationTakesNoArgument(let name):
            "activation '\(name)' takes no argument"
        case .unknownTheorem(let text):
            "unknown theorem '\(text)'"
        case .unsupportedVersion(let text):
            "unsupported spec version '\(text)'"
        case .raggedMatrix(let row, let entries, let expected):
            "matrix row \(row) has \(entries) \(entries == 1 ? "entry" : "entries") but row 1 has \(expected)"
        case .emptyInterval(let low, let high):
            "interval [\(low), \(high)] is empty"
        case .unclosedBlock(let block):
            "\(block == .top ? "a block" : block.phrase) is not closed"
        case .unclosedBracket(let bracket):
            "'\(bracket)' is not closed"
        }
    }

    var help: String? {
        switch self {
        case .unexpectedCharacter:
            return "remove it; a comment starts with '#' and text goes in double quotes"
        case .unterminatedString:
            return "add '\"' where the string ends; write \\n for a line break inside it"
        case .controlCharacter:
            return "remove it; write \\n for a line break and \\t for a tab"
        case .unknownEscape:
            return "the escapes are \\\", \\\\, \\n and \\t"
        case .unknownKeyword(let word, let block):
            if let match = closestMatch(to: word, among: block.keywords) {
                return "did you mean '\(match)'?"
            }
            return "\(block.phrase) accepts: \(block.keywords.joined(separator: ", "))"
        case .misplacedKeyword(let word, _, let home):
            return "write '\(word)' inside \(home == .attractor ? "an attractor or cycle block" : home.phrase)"
        case .duplicateKeyword(_, _, let first):
            return "it is first given at \(first); remove one of them"
        case .missingKeyword(_, _, let example):
            return "add a line such as `\(example)`"
        case .expected(let what, _):
            if what.hasPrefix("a whole number") { return "write digits only, such as 1000" }
            if what.hasPrefix("a number") { return numberHelp }
            return nil
        case .trailingText:
            return "put each item on a line of its own, or separate items with ';'"
        case .invalidNumber(let error, _):
            return error.help ?? numberHelp
        case .notWholeNumber:
            return "write digits only, such as 3"
        case .unknownActivation(let name):
            let known = "known activations: \(Activation.names.joined(separator: ", "))"
            return closestMatch(to: name, among: Activation.names).map { "did you mean '\($0)'? \(known)" } ?? known
        case .activationTakesNoArgument:
            return "only leaky_relu takes an argument, its negative slope, as in leaky_relu(0.5)"
        case .unknownTheorem:
            let known = TheoremID.allCases.map(\.rawValue).joined(separator: ", ")
            return "the theorems a spec can cite are \(known)"
        case .unsupportedVersion:
            return "this verifier reads version 1; write `spec 1` or leave the line out"
        case .raggedMatrix:
            return "give every row the same number of entries; ';' ends a row"
        case .emptyInterval:
            return "write the low end first, as in [-4, 4]"
        case .unclosedBlock:
            return "add '}' to close the block opened here"
        case .unclosedBracket(let bracket):
            return "add '\(bracket == "[" ? "]" : ")")' to close it"
        }
    }

    private var numberHelp: String {
        "write a number such as 0.5, or an expression such as 1/3 or -sqrt(2)/2"
    }
}

/// The code point of `scalar` as at least four hexadecimal digits, such as `0000`.
private func codePoint(_ scalar: Unicode.Scalar) -> String {
    let hex = String(scalar.value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - hex.count)) + hex
}
