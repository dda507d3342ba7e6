import SpecModel

/// The rules for values: numbers, whole numbers, points, vectors, matrices, activations,
/// booleans and strings.
extension TextParser {
    /// Reads a number expression and evaluates it with `NumberExpression`, the evaluator the
    /// YAML form uses, so that both forms accept and reject the same expressions.
    func parseNumber() throws -> Located<Scalar> {
        let first = current
        guard scanExpression() else {
            throw fail(.expected("a number", found: first), at: first)
        }
        let last = previous
        let text = source.slice(
            line: first.location.line, from: first.location.column, to: last.location.column + last.length)

        switch NumberExpression.evaluate(text) {
        case .success(let scalar):
            return Located(scalar, at: first.location)
        case .failure(let error):
            let column = first.location.column + error.offset
            report(.invalidNumber(error, text: text), at: SourceLocation(line: first.location.line, column: column),
                length: error.length)
            throw ItemAbandoned()
        }
    }

    /// Moves past the tokens of one number expression and returns whether there were any.
    ///
    /// This finds only where the expression ends: after an operand, anything but an operator
    /// ends it. Checking the expression is left to `NumberExpression`.
    private func scanExpression() -> Bool {
        var expectsOperand = true
        var consumed = false
        while true {
            let token = current
            if expectsOperand {
                switch token.kind {
                case .symbol("+"), .symbol("-"):
                    advance()
                case .number:
                    advance()
                    expectsOperand = false
                case .identifier:
                    advance()
                    if current.isSymbol("(") { scanGroup() }
                    expectsOperand = false
                case .symbol("("):
                    scanGroup()
                    expectsOperand = false
                default:
                    return consumed
                }
            } else {
                guard case .symbol(let symbol) = token.kind, ["+", "-", "*", "/", "^"].contains(symbol) else {
                    return consumed
                }
                advance()
                expectsOperand = true
            }
            consumed = true
        }
    }

    /// Moves past a parenthesised group, stopping early at the end of the line.
    private func scanGroup() {
        var depth = 0
        repeat {
            if current.isSymbol("(") { depth += 1 }
            if current.isSymbol(")") { depth -= 1 }
            advance()
        } while depth > 0 && current.kind != .newline && current.kind != .end
    }

    /// Reads a whole number written as digits, such as a count or a dimension.
    func parseWholeNumber() throws -> Located<Int> {
        let (text, token) = try wholeNumberText()
        guard let value = Int(text) else {
            throw fail(.notWholeNumber(text), at: token)
        }
        return Located(value, at: token.location)
    }

    func parseSeed() throws -> Located<UInt64> {
        let (text, token) = try wholeNumberText()
        guard let value = UInt64(text) else {
            throw fail(.notWholeNumber(text), at: token)
        }
        return Located(value, at: token.location)
    }

    private func wholeNumberText() throws -> (String, Token) {
        let token = current
        if token.isSymbol("-"), case .number(let digits) = next.kind {
            report(.notWholeNumber("-" + digits), at: token.location, length: next.location.column + next.length - token.location.column)
            throw ItemAbandoned()
        }
        guard case .number(let text) = token.kind else {
            throw fail(.expected("a whole number", found: token), at: token)
        }
        guard text.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw fail(.notWholeNumber(text), at: token)
        }
        advance()
        return (text, token)
    }

    func parseBoolean() throws -> Located<Bool> {
        let token = current
        switch token.kind {
        case .identifier("true"):
            advance()
            return Located(true, at: token.location)
        case .identifier("false"):
            advance()
            return Located(false, at: token.location)
        default:
            throw fail(.expected("true or false", found: token), at: token)
        }
    }

    func parseString() throws -> Located<String> {
        let token = current
        guard case .string(let text) = token.kind else {
            throw fail(.expected("a string in double quotes", found: token), at: token)
        }
        advance()
        return Located(text, at: token.location)
    }

    /// Reads a point: a tuple `(x, y)`, or in one dimension a bare number.
    func parsePoint() throws -> Located<Point> {
        let start = current
        guard start.isSymbol("(") else {
            let number = try parseNumber()
            return Located([number.value], at: number.location)
        }
        let coordinates = try parseList(open: "(", close: ")", what: "a coordinate")
        return Located(coordinates, at: start.location)
    }

    /// Reads points separated by commas; a line may break after a comma.
    func parsePoints() throws -> [Located<Point>] {
        var points = [try parsePoint()]
        while current.isSymbol(",") {
            advance()
            skipNewlines()
            points.append(try parsePoint())
        }
        return points
    }

    /// Reads `[a, b, ...]`.
    func parseVector() throws -> Located<[Scalar]> {
        let start = current
        return Located(try parseList(open: "[", close: "]", what: "a vector such as [0, 1]"), at: start.location)
    }

    /// Reads a bracketed or parenthesised list of numbers separated by commas; line breaks
    /// inside it do not matter.
    private func parseList(open: String, close: String, what description: String) throws -> [Scalar] {
        let opening = try expectSymbol(open, description)
        var values: [Scalar] = []
        while true {
            skipNewlines()
            values.append(try parseNumber().value)
            guard try continueList(opening: opening, close: close, separators: [","]) != nil else {
                return values
            }
        }
    }

    /// After an entry of a list: consumes a separator and returns it, or consumes the
    /// closing bracket and returns `nil`. An unclosed bracket is reported at the opening one.
    private func continueList(opening: Token, close: String, separators: [String]) throws -> String? {
        let sawNewline = current.kind == .newline
        skipNewlines()
        if current.isSymbol(close) {
            advance()
            return nil
        }
        if let separator = separators.first(where: current.isSymbol) {
            advance()
            return separator
        }
        if sawNewline || current.kind == .end || current.isSymbol("}") {
            report(.unclosedBracket(open(of: close)), at: opening)
            throw ItemAbandoned()
        }
        let expected = (separators + [close]).map { "'\($0)'" }.joined(separator: " or ")
        throw fail(.expected(expected, found: current), at: current)
    }

    private func open(of close: String) -> String {
        close == "]" ? "[" : "("
    }

    /// Reads a matrix: rows separated by `;`, as in `[1, 0; 0, 1]`, or the nested form
    /// `[[1, 0], [0, 1]]` of the YAML file.
    func parseMatrix() throws -> Located<[[Scalar]]> {
        let opening = try expectSymbol("[", "a matrix such as [1, 0; 0, 1]")
        skipNewlines()
        var rows: [[Scalar]] = [[]]
        var rowStarts: [Token] = [current]
        if current.isSymbol("[") {
            rows = []
            rowStarts = []
            repeat {
                skipNewlines()
                rowStarts.append(current)
                rows.append(try parseList(open: "[", close: "]", what: "a row such as [1, 0]"))
            } while try continueList(opening: opening, close: "]", separators: [","]) != nil
        } else {
            while true {
                skipNewlines()
                rows[rows.count - 1].append(try parseNumber().value)
                guard let separator = try continueList(opening: opening, close: "]", separators: [",", ";"]) else { break }
                if separator == ";" {
                    skipNewlines()
                    rows.append([])
                    rowStarts.append(current)
                }
            }
        }

        for (index, row) in rows.enumerated().dropFirst() where row.count != rows[0].count {
            report(.raggedMatrix(row: index + 1, entries: row.count, expected: rows[0].count), at: rowStarts[index])
            throw ItemAbandoned()
        }
        return Located(rows, at: opening.location)
    }

    /// Reads an activation such as `relu` or `leaky_relu(0.5)`.
    func parseActivation() throws -> Located<Activation> {
        let token = current
        guard case .identifier(let name) = token.kind else {
            throw fail(.expected("an activation such as relu", found: token), at: token)
        }
        advance()
        let simple: [String: Activation] = [
            "identity": .identity, "relu": .relu, "hardtanh": .hardtanh, "tanh": .tanh, "sigmoid": .sigmoid,
            "softplus": .softplus, "cube": .cube, "sin": .sin,
        ]
        if name == "leaky_relu" {
            guard current.isSymbol("(") else {
                return Located(.leakyReLU(slope: Activation.defaultLeakySlope), at: token.location)
            }
            advance()
            let slope = try parseNumber()
            try expectSymbol(")")
            return Located(.leakyReLU(slope: slope.value.value), at: token.location)
        }
        guard let activation = simple[name] else {
            throw fail(.unknownActivation(name), at: token)
        }
        if current.isSymbol("(") {
            throw fail(.activationTakesNoArgument(name), at: token)
        }
        return Located(activation, at: token.location)
    }
}
