import SpecModel

/// A problem in a YAML spec before it gets a file and a position: a stable code, a one-line
/// message and optional help. Every message text of the YAML front end is written here.
struct Problem: Error, Sendable {
    var code: String
    var message: String
    var help: String?

    func diagnostic(file: String, at location: SourceLocation?, length: Int = 1) -> Diagnostic {
        Diagnostic(code: code, message: message, file: file, location: location, length: length, help: help)
    }
}

// MARK: - Reading the file

extension Problem {
    static func fileNotFound(_ path: String) -> Problem {
        Problem(code: "file-not-found", message: "no such file '\(path)'", help: "check the path and the current directory")
    }

    static func notAFile(_ path: String) -> Problem {
        Problem(code: "not-a-file", message: "'\(path)' is a directory, not a spec file", help: "name a .yaml or .yml file")
    }

    static func unreadableFile(_ path: String, reason: String) -> Problem {
        Problem(code: "unreadable-file", message: "cannot read '\(path)': \(reason)", help: "check the file's permissions")
    }

    static func fileTooLarge(limit: Int) -> Problem {
        Problem(
            code: "file-too-large", message: "file is larger than the limit of \(limit / (1024 * 1024)) MiB",
            help: "check that this is the right file; a spec contains one network and its claims")
    }

    static let invalidUTF8 = Problem(
        code: "invalid-utf8", message: "file is not valid UTF-8 here",
        help: "save the file with UTF-8 encoding")

    static let emptyFile = Problem(
        code: "empty-file", message: "file contains no spec",
        help: "a spec needs at least 'name' and 'network'; see the format's example")

    static func notAMapping(found: String) -> Problem {
        Problem(
            code: "not-a-mapping", message: "the top level of a spec must be a mapping of keys, not \(found)",
            help: "start with keys such as 'name:' and 'network:' at column 1")
    }
}

// MARK: - YAML syntax

extension Problem {
    static func syntaxError(_ problem: String, context: String?, contextLine: Int?) -> Problem {
        var message = "invalid YAML: \(problem)"
        if let context, let contextLine {
            message += " (\(context) that starts on line \(contextLine))"
        }
        return Problem(code: "yaml-syntax", message: message, help: syntaxHelp(problem, context: context))
    }

    private static func syntaxHelp(_ problem: String, context: String?) -> String {
        if context?.contains("quoted scalar") == true {
            return "close the quoted text with the same quote that opens it"
        }
        if problem.contains("mapping values are not allowed") {
            return "put a nested mapping on its own, more indented line, or quote text that contains ': '"
        }
        if problem.contains("expected ',' or ']'") || problem.contains("expected ',' or '}'") {
            return "separate the items with ',' and close the bracket"
        }
        if problem.contains("cannot start any token") {
            return "quote a value that starts with a character such as '@' or '`'"
        }
        return "check the indentation: the keys of one mapping, and the '-' of one list, start in the same column"
    }

    static let tabIndentation = Problem(
        code: "tab-indentation", message: "tab character used for indentation",
        help: "YAML indents with spaces only; replace the tab with spaces")

    static func invalidCharacter(_ problem: String, value: Int32) -> Problem {
        let hex = String(value, radix: 16, uppercase: true)
        let codePoint = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        return Problem(
            code: "invalid-character", message: "invalid character \(codePoint) in YAML: \(problem)",
            help: "remove the character, or write it as an escape inside double quotes")
    }

    static let outOfMemory = Problem(code: "out-of-memory", message: "libyaml ran out of memory", help: nil)

    static let multipleDocuments = Problem(
        code: "multiple-documents", message: "file contains more than one YAML document",
        help: "write one spec per file; remove the '---' line and what follows, or move it to a file of its own")

    static func duplicateKey(_ key: String, firstLine: Int) -> Problem {
        Problem(
            code: "duplicate-key", message: "duplicate key '\(key)'; it is already set on line \(firstLine)",
            help: "remove one of the two entries")
    }

    static let complexKey = Problem(
        code: "unsupported-yaml", message: "a mapping key must be text, not a list or mapping",
        help: "write keys as plain words such as 'bounded'")

    static func unsupportedTag(_ resolvedTag: String) -> Problem {
        // libyaml expands the `!!` handle; show the tag as the file writes it.
        let standardPrefix = "tag:yaml.org,2002:"
        let tag = resolvedTag.hasPrefix(standardPrefix) ? "!!" + resolvedTag.dropFirst(standardPrefix.count) : resolvedTag
        return Problem(
            code: "unsupported-yaml", message: "YAML tag '\(tag)' is not supported",
            help: "remove the tag; quote a value to make it text")
    }

    static func unknownAlias(_ name: String) -> Problem {
        Problem(
            code: "unknown-alias", message: "alias '*\(name)' refers to no anchor defined before it",
            help: "define '&\(name)' on a node above this line")
    }

    static func recursiveAlias(_ name: String) -> Problem {
        Problem(
            code: "unknown-alias", message: "alias '*\(name)' refers to a node that contains it",
            help: "an alias may copy only a node that is complete")
    }

    static func aliasExpansionTooLarge(limit: Int) -> Problem {
        Problem(
            code: "alias-limit", message: "aliases expand to more than \(limit) nodes",
            help: "write the values out, or use fewer aliases of large nodes")
    }

    static func nestingTooDeep(limit: Int) -> Problem {
        Problem(
            code: "alias-limit", message: "lists and mappings nest deeper than \(limit) levels",
            help: "a spec needs only a few levels of nesting; check the brackets and the aliases")
    }
}

// MARK: - Keys and structure

extension Problem {
    static func unknownKey(_ key: String, in section: Section, suggestion: String?, home: Section?) -> Problem {
        var help = ""
        if let suggestion {
            help = "did you mean '\(suggestion)'? "
        } else if let home {
            help = "'\(key)' belongs in \(home.title); "
        }
        help += "allowed keys: \(section.allowedKeys.joined(separator: ", "))"
        return Problem(code: "unknown-key", message: "unknown key '\(key)' \(section.phrase)", help: help)
    }

    static func missingKey(_ key: String, in section: Section) -> Problem {
        Problem(
            code: "missing-key", message: "missing key '\(key)' \(section.phrase)",
            help: "add '\(key):'; \(section.requiredKeyHelp(key))")
    }

    static func missingValue(_ subject: String) -> Problem {
        Problem(code: "missing-value", message: "\(subject) has no value", help: "write a value after the ':'")
    }

    static func wrongType(_ subject: String, expected: String, found: String, example: String? = nil) -> Problem {
        Problem(
            code: "wrong-type", message: "\(subject) must be \(expected), not \(found)",
            help: example.map { "for example: \($0)" })
    }
}

// MARK: - Values

extension Problem {
    static func booleanAsNumber(_ text: String) -> Problem {
        Problem(
            code: "boolean-as-number", message: "'\(text)' is a boolean in YAML, not a number",
            help: "write a number, such as 0 or 1")
    }

    static func nonFiniteNumber(_ text: String) -> Problem {
        Problem(
            code: "non-finite-number", message: "'\(text)' is not a finite number",
            help: "numbers in a spec must be finite")
    }

    static func invalidNumber(_ error: NumberExpressionError) -> Problem {
        Problem(
            code: "invalid-number", message: error.message,
            help: error.help ?? "write a number such as 0.5, or an expression such as \"1/3\" or \"-sqrt(2)/2\"")
    }

    static func notAnInteger(_ subject: String, text: String) -> Problem {
        Problem(
            code: "not-an-integer", message: "\(subject) must be a whole number, not '\(text)'",
            help: "write a whole number such as 3")
    }

    static func integerOutOfRange(_ subject: String, text: String, range: String) -> Problem {
        Problem(
            code: "integer-out-of-range", message: "\(subject) must be a whole number \(range), not '\(text)'",
            help: "write a whole number in that range")
    }

    static func invalidBoolean(_ subject: String, text: String) -> Problem {
        Problem(
            code: "invalid-boolean", message: "\(subject) must be true or false, not '\(text)'",
            help: "write true or false; this format does not read yes, no, on or off as booleans")
    }

    static func unknownActivation(_ name: String, suggestion: String?) -> Problem {
        let known = Activation.names.map { $0 == "leaky_relu" ? "leaky_relu(a)" : $0 }
        let prefix = suggestion.map { "did you mean '\($0)'? " } ?? ""
        return Problem(
            code: "unknown-activation", message: "unknown activation '\(name)'",
            help: "\(prefix)known activations: \(known.joined(separator: ", "))")
    }

    static func activationArgument(_ name: String) -> Problem {
        Problem(
            code: "invalid-activation", message: "activation '\(name)' takes no argument",
            help: "only leaky_relu takes an argument, its negative slope: leaky_relu(0.5)")
    }

    static func malformedActivation(_ text: String) -> Problem {
        Problem(
            code: "invalid-activation", message: "invalid activation '\(text)'",
            help: "write a name such as relu, or leaky_relu(a) with a number a")
    }

    static func unknownWeights(_ text: String) -> Problem {
        Problem(
            code: "invalid-weights", message: "unknown weights shorthand '\(text)'",
            help: "write a list of rows such as [[1, 0], [0, 1]], identity, or {rotation: 90, scale: 1}")
    }

    static func unknownTheorem(_ text: String) -> Problem {
        let known = TheoremID.allCases.map(\.rawValue).joined(separator: ", ")
        return Problem(
            code: "unknown-theorem", message: "unknown theorem '\(text)'",
            help: "the theorems a spec can cite are \(known); quote the number, as in \"2.10\"")
    }

    static func unsupportedVersion(_ version: Int) -> Problem {
        Problem(
            code: "unsupported-version", message: "spec version \(version) is not supported",
            help: "this verifier reads spec version 1; write 'spec: 1' or leave the key out")
    }

    static func invalidInterval(_ subject: String, found: String) -> Problem {
        Problem(
            code: "invalid-region", message: "\(subject) must be a [low, high] pair, not \(found)",
            help: "write one pair per coordinate, such as [[-4, 4], [-4, 4]]")
    }
}
