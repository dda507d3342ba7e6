import SpecModel

/// Splits the text form into tokens, reporting characters it cannot use and going on after them.
///
/// Lines and columns are 1-based; a column counts Unicode scalars, as `SourceLocation` does.
struct Lexer {
    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var line = 1
    private var column = 1

    private(set) var tokens: [Token] = []
    private(set) var problems: [(TextProblem, SourceLocation, Int)] = []

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    /// Reads the whole text; the last token is always `.end`.
    static func tokenize(_ text: String) -> Lexer {
        var lexer = Lexer(text)
        lexer.run()
        return lexer
    }

    private mutating func run() {
        while let scalar = peek() {
            let start = SourceLocation(line: line, column: column)
            switch scalar {
            case " ", "\t", "\r":
                advance()
            case "\n":
                advance()
                tokens.append(Token(kind: .newline, location: start, length: 1))
            case "#":
                while let next = peek(), next != "\n" { advance() }
            case "\"":
                readString(start: start)
            case _ where isDigit(scalar) || scalar == "." && peek(offset: 1).map(isDigit) == true:
                readNumber(start: start)
            case _ where isIdentifierStart(scalar):
                readIdentifier(start: start)
            default:
                readSymbol(scalar, start: start)
            }
        }
        tokens.append(Token(kind: .end, location: SourceLocation(line: line, column: column), length: 1))
    }

    private mutating func readString(start: SourceLocation) {
        advance()
        var text = ""
        while let scalar = peek(), scalar != "\n" {
            advance()
            if scalar == "\"" {
                tokens.append(Token(kind: .string(text), location: start, length: column - start.column))
                return
            }
            guard scalar == "\\" else {
                if isControl(scalar) {
                    problems.append((.controlCharacter(scalar), SourceLocation(line: line, column: column - 1), 1))
                }
                text.unicodeScalars.append(scalar)
                continue
            }
            let escapeStart = SourceLocation(line: line, column: column - 1)
            guard let escaped = peek(), escaped != "\n" else { break }
            advance()
            switch escaped {
            case "\"", "\\": text.unicodeScalars.append(escaped)
            case "n": text += "\n"
            case "t": text += "\t"
            default: problems.append((.unknownEscape(Character(escaped)), escapeStart, 2))
            }
        }
        // The string runs to the end of the line: keep it as a token so that parsing goes on.
        problems.append((.unterminatedString, start, column - start.column))
        tokens.append(Token(kind: .string(text), location: start, length: column - start.column))
    }

    private mutating func readNumber(start: SourceLocation) {
        var text = ""
        while let scalar = peek(), isDigit(scalar) || scalar == "." {
            text.unicodeScalars.append(scalar)
            advance()
        }
        // An exponent only when digits follow, so that `2e` stays a number and a name.
        if let marker = peek(), marker == "e" || marker == "E" {
            var lookahead = 1
            if let sign = peek(offset: 1), sign == "+" || sign == "-" { lookahead = 2 }
            if let digit = peek(offset: lookahead), isDigit(digit) {
                for _ in 0..<lookahead {
                    text.unicodeScalars.append(peek()!)
                    advance()
                }
                while let scalar = peek(), isDigit(scalar) {
                    text.unicodeScalars.append(scalar)
                    advance()
                }
            }
        }
        tokens.append(Token(kind: .number(text), location: start, length: column - start.column))
    }

    private mutating func readIdentifier(start: SourceLocation) {
        var text = ""
        while let scalar = peek(), isIdentifierStart(scalar) || isDigit(scalar) {
            text.unicodeScalars.append(scalar)
            advance()
        }
        tokens.append(Token(kind: .identifier(text), location: start, length: column - start.column))
    }

    private mutating func readSymbol(_ scalar: Unicode.Scalar, start: SourceLocation) {
        let pairs: [String: String] = ["->": "->", "+-": "±"]
        if let next = peek(offset: 1), let symbol = pairs[String(Character(scalar)) + String(Character(next))] {
            advance()
            advance()
            tokens.append(Token(kind: .symbol(symbol), location: start, length: 2))
            return
        }
        advance()
        if "{}[](),;+-*/^±×".unicodeScalars.contains(scalar) {
            tokens.append(Token(kind: .symbol(String(Character(scalar))), location: start, length: 1))
        } else {
            problems.append((.unexpectedCharacter(Character(scalar)), start, 1))
        }
    }

    /// Control characters other than the tab, which a string may not hold as they are.
    private func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\t" && (scalar.value < 0x20 || scalar.value == 0x7F)
    }

    private func peek(offset: Int = 0) -> Unicode.Scalar? {
        index + offset < scalars.count ? scalars[index + offset] : nil
    }

    private mutating func advance() {
        if scalars[index] == "\n" {
            line += 1
            column = 1
        } else {
            column += 1
        }
        index += 1
    }

    private func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar >= "0" && scalar <= "9"
    }

    private func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
        scalar >= "a" && scalar <= "z" || scalar >= "A" && scalar <= "Z" || scalar == "_"
    }
}
