import Foundation

/// A problem in a number expression, positioned within the expression's text.
public struct NumberExpressionError: Error, Equatable, Sendable {
    /// What is wrong, quoting the offending text.
    public var message: String
    /// 0-based offset, in Unicode scalars, of the offending text within the expression.
    public var offset: Int
    /// How many scalars the offending text spans; at least 1.
    public var length: Int
    /// What to write instead.
    public var help: String?
}

/// Evaluates the arithmetic expressions that spec files may write in place of numbers, such
/// as `1/3`, `-sqrt(2)/2`, `cos(pi/4)` or `2^-3`.
///
/// Grammar, loosest binding first; `^` is right-associative and binds tighter than a
/// leading minus, so `-2^2` is -4:
///
///     sum     = product { ("+" | "-") product }
///     product = unary { ("*" | "/") unary }
///     unary   = ("+" | "-") unary | power
///     power   = primary [ "^" unary ]
///     primary = number | "pi" | "e" | function "(" sum ")" | "(" sum ")"
///
/// The result keeps an exact rational value when the expression uses only decimal
/// literals, `+ - * /` and integer powers. A non-finite result is an error.
public enum NumberExpression {
    public static let functions = ["sqrt", "exp", "log", "sin", "cos", "tan"]
    public static let constants = ["pi", "e"]

    /// The deepest nesting of parentheses and signs accepted, so that hostile input cannot
    /// exhaust the stack.
    public static let maximumDepth = 64

    public static func evaluate(_ text: String) -> Result<Scalar, NumberExpressionError> {
        var parser = ExpressionParser(text: text)
        do {
            let value = try parser.parseWhole()
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            let isPlainLiteral = Double(trimmed) != nil && !trimmed.contains(where: { $0.isLetter && $0 != "e" && $0 != "E" })
            return .success(Scalar(value.value, exact: value.exact, expression: isPlainLiteral ? nil : trimmed))
        } catch let error as NumberExpressionError {
            return .failure(error)
        } catch {
            return .failure(NumberExpressionError(message: "invalid number expression", offset: 0, length: 1))
        }
    }
}

/// One evaluated sub-expression: the value, and its exact form while it has one.
private struct Term {
    var value: Double
    var exact: Rational?
}

private struct ExpressionParser {
    let scalars: [Unicode.Scalar]
    var position = 0
    var depth = 0

    init(text: String) {
        scalars = Array(text.unicodeScalars)
    }

    mutating func parseWhole() throws -> Term {
        skipSpaces()
        guard position < scalars.count else {
            throw NumberExpressionError(
                message: "empty number expression", offset: 0, length: 1,
                help: "write a number such as 0.5 or an expression such as 1/3")
        }
        let result = try parseSum()
        skipSpaces()
        if position < scalars.count {
            throw failure("unexpected '\(Character(scalars[position]))' in number expression", length: 1)
        }
        guard result.value.isFinite else {
            throw NumberExpressionError(
                message: "number expression is not finite", offset: 0, length: scalars.count,
                help: "numbers must be finite; check for division by zero or overflow")
        }
        return result
    }

    mutating func parseSum() throws -> Term {
        var result = try parseProduct()
        while let op = peekOperator(in: "+-") {
            position += 1
            let right = try parseProduct()
            let exact = result.exact.flatMap { left in right.exact.flatMap { op == "+" ? left + $0 : left - $0 } }
            result = Term(value: op == "+" ? result.value + right.value : result.value - right.value, exact: exact)
        }
        return result
    }

    mutating func parseProduct() throws -> Term {
        var result = try parseUnary()
        while let op = peekOperator(in: "*/") {
            let start = position
            position += 1
            let right = try parseUnary()
            if op == "/" && right.value == 0 {
                throw NumberExpressionError(
                    message: "division by zero in number expression", offset: start, length: position - start,
                    help: nil)
            }
            let exact = result.exact.flatMap { left in right.exact.flatMap { op == "*" ? left * $0 : left / $0 } }
            result = Term(value: op == "*" ? result.value * right.value : result.value / right.value, exact: exact)
        }
        return result
    }

    mutating func parseUnary() throws -> Term {
        if let op = peekOperator(in: "+-") {
            position += 1
            try enter()
            defer { depth -= 1 }
            let operand = try parseUnary()
            return op == "-" ? Term(value: -operand.value, exact: operand.exact.map { -$0 }) : operand
        }
        return try parsePower()
    }

    mutating func parsePower() throws -> Term {
        let base = try parsePrimary()
        guard peekOperator(in: "^") != nil else { return base }
        position += 1
        try enter()
        defer { depth -= 1 }
        let exponent = try parseUnary()
        var exact: Rational?
        if let rational = base.exact, let power = exponent.exact, power.denominator == 1, abs(power.numerator) <= 64 {
            exact = rational.power(Int(power.numerator))
        }
        return Term(value: Foundation.pow(base.value, exponent.value), exact: exact)
    }

    mutating func parsePrimary() throws -> Term {
        skipSpaces()
        guard position < scalars.count else {
            throw failure("number expression ends early; expected a number, a constant or '('", length: 1)
        }
        let scalar = scalars[position]
        if scalar == "(" {
            position += 1
            try enter()
            defer { depth -= 1 }
            let inner = try parseSum()
            try expect(")")
            return inner
        }
        if scalar.properties.numericType != nil && scalar.isASCII || scalar == "." {
            return try parseLiteral()
        }
        if scalar.properties.isAlphabetic {
            return try parseName()
        }
        throw failure("unexpected '\(Character(scalar))' in number expression; expected a number", length: 1)
    }

    mutating func parseLiteral() throws -> Term {
        let start = position
        while position < scalars.count, isDigit(scalars[position]) || scalars[position] == "." {
            position += 1
        }
        if position < scalars.count, scalars[position] == "e" || scalars[position] == "E" {
            var lookahead = position + 1
            if lookahead < scalars.count, scalars[lookahead] == "+" || scalars[lookahead] == "-" { lookahead += 1 }
            if lookahead < scalars.count, isDigit(scalars[lookahead]) {
                position = lookahead
                while position < scalars.count, isDigit(scalars[position]) { position += 1 }
            }
        }
        let text = String(String.UnicodeScalarView(scalars[start..<position]))
        guard let value = Double(text) else {
            throw NumberExpressionError(
                message: "invalid number '\(text)'", offset: start, length: position - start, help: nil)
        }
        return Term(value: value, exact: Rational(decimalLiteral: text))
    }

    mutating func parseName() throws -> Term {
        let start = position
        while position < scalars.count, scalars[position].properties.isAlphabetic || isDigit(scalars[position]) {
            position += 1
        }
        let name = String(String.UnicodeScalarView(scalars[start..<position]))
        switch name {
        case "pi": return Term(value: Double.pi, exact: nil)
        case "e": return Term(value: M_E, exact: nil)
        default: break
        }
        guard NumberExpression.functions.contains(name) else {
            let known = NumberExpression.functions + NumberExpression.constants
            let suggestion = closestMatch(to: name, among: known).map { "did you mean '\($0)'? " } ?? ""
            throw NumberExpressionError(
                message: "unknown name '\(name)' in number expression", offset: start, length: name.unicodeScalars.count,
                help: "\(suggestion)known names: \(known.joined(separator: ", "))")
        }
        skipSpaces()
        guard position < scalars.count, scalars[position] == "(" else {
            throw failure("expected '(' after function '\(name)'", length: 1)
        }
        position += 1
        try enter()
        defer { depth -= 1 }
        let argument = try parseSum()
        try expect(")")
        return Term(value: apply(name, argument.value), exact: nil)
    }

    func apply(_ function: String, _ x: Double) -> Double {
        switch function {
        case "sqrt": Foundation.sqrt(x)
        case "exp": Foundation.exp(x)
        case "log": Foundation.log(x)
        case "sin": Foundation.sin(x)
        case "cos": Foundation.cos(x)
        default: Foundation.tan(x)
        }
    }

    mutating func enter() throws {
        depth += 1
        if depth > NumberExpression.maximumDepth {
            throw failure(
                "number expression nests deeper than \(NumberExpression.maximumDepth) levels", length: 1)
        }
    }

    mutating func expect(_ closing: Unicode.Scalar) throws {
        skipSpaces()
        guard position < scalars.count, scalars[position] == closing else {
            throw failure("expected '\(Character(closing))' in number expression", length: 1)
        }
        position += 1
    }

    mutating func peekOperator(in operators: String) -> Character? {
        skipSpaces()
        guard position < scalars.count else { return nil }
        let character = Character(scalars[position])
        return operators.contains(character) ? character : nil
    }

    mutating func skipSpaces() {
        while position < scalars.count, scalars[position] == " " || scalars[position] == "\t" {
            position += 1
        }
    }

    func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar >= "0" && scalar <= "9"
    }

    func failure(_ message: String, length: Int) -> NumberExpressionError {
        NumberExpressionError(message: message, offset: min(position, max(0, scalars.count - 1)), length: length)
    }
}
