import SpecModel

/// Thrown by a parsing function after it has reported its problem, so that the block being
/// parsed can skip to the next item and go on.
struct ItemAbandoned: Error {}

/// A recursive-descent parser of the text form: the grammar's rules map to its methods.
///
/// This file holds the machinery every rule shares: the token cursor, reporting and recovery,
/// and the loop that parses a block's items. The rules themselves live in the extensions
/// named after the part of a spec they read.
final class TextParser {
    let file: String
    let source: SourceText
    private let tokens: [Token]
    private var position = 0
    private(set) var diagnostics: [Diagnostic] = []
    /// Every problem found, including those not kept in `diagnostics`.
    private(set) var problemCount = 0
    private var quotedLines: [Int: String] = [:]

    init(text: String, file: String) {
        self.file = file
        source = SourceText(text)
        let lexer = Lexer.tokenize(text)
        tokens = lexer.tokens
        for (problem, location, length) in lexer.problems {
            report(problem, at: location, length: length)
        }
    }

    // MARK: Cursor

    var current: Token { tokens[position] }

    /// The token consumed last.
    var previous: Token { tokens[max(0, position - 1)] }

    /// The token after the current one.
    var next: Token { tokens[min(position + 1, tokens.count - 1)] }

    @discardableResult
    func advance() -> Token {
        let token = tokens[position]
        if position < tokens.count - 1 { position += 1 }
        return token
    }

    /// Skips line breaks, which do not matter inside brackets.
    func skipNewlines() {
        while current.kind == .newline { advance() }
    }

    /// Consumes the symbol `text` or reports what was found instead; `description` names the
    /// symbol in that report when its text alone would not be clear.
    @discardableResult
    func expectSymbol(_ text: String, _ description: String? = nil) throws -> Token {
        guard current.isSymbol(text) else {
            throw fail(.expected(description ?? "'\(text)'", found: current), at: current)
        }
        return advance()
    }

    // MARK: Reporting

    func report(_ problem: TextProblem, at location: SourceLocation?, length: Int) {
        // Past twice the reported maximum, problems are only counted; see `SpecLimits.firstProblems`.
        problemCount += 1
        guard diagnostics.count < 2 * SpecLimits.maximumProblems else { return }
        diagnostics.append(Diagnostic(
            code: problem.code, message: problem.message, file: file, location: location, length: length,
            sourceLine: location.map { quotedLine($0.line) }, help: problem.help))
    }

    /// Returns line `number` for quoting, one shared copy per line.
    private func quotedLine(_ number: Int) -> String {
        if let line = quotedLines[number] { return line }
        let line = source.line(number)
        quotedLines[number] = line
        return line
    }

    func report(_ problem: TextProblem, at token: Token) {
        // End of line and end of file have no text to underline; point just past the line.
        report(problem, at: token.location, length: token.kind == .newline || token.kind == .end ? 1 : token.length)
    }

    /// Reports a problem at a token and returns the error that abandons the current item.
    func fail(_ problem: TextProblem, at token: Token) -> ItemAbandoned {
        report(problem, at: token)
        return ItemAbandoned()
    }

    // MARK: Blocks and recovery

    /// Parses the items of a block until its closing `}` (or the end of the file, at the top
    /// level), giving each item's keyword to `parseItem` and reporting problems with keywords.
    ///
    /// `opening` is the block's `{`; it is `nil` at the top level.
    func parseItems(of block: Block, opening: Token?, _ parseItem: (Token) throws -> Void) {
        var seen: [String: SourceLocation] = [:]
        while true {
            while current.kind == .newline || current.isSymbol(";") { advance() }
            let token = current

            if token.kind == .end {
                if let opening { report(.unclosedBlock(block), at: opening) }
                return
            }
            if token.isSymbol("}") {
                advance()
                if opening != nil { return }
                report(.expected("a keyword", found: token), at: token)
                continue
            }
            guard case .identifier(let word) = token.kind, block.keywords.contains(word) else {
                reportUnknownItem(token, in: block)
                recover()
                continue
            }

            if let first = seen[word], !block.repeatable.contains(word) {
                report(.duplicateKeyword(word, block: block, first: first), at: token)
            }
            seen[word] = seen[word] ?? token.location
            advance()
            do {
                try parseItem(token)
                try expectEndOfItem()
            } catch {
                recover()
            }
        }
    }

    private func reportUnknownItem(_ token: Token, in block: Block) {
        guard case .identifier(let word) = token.kind else {
            report(.expected("a keyword of \(block.phrase)", found: token), at: token)
            return
        }
        if closestMatch(to: word, among: block.keywords) == nil, let home = Block.home(of: word), home != block {
            report(.misplacedKeyword(word, block: block, home: home), at: token)
        } else {
            report(.unknownKeyword(word, block: block), at: token)
        }
    }

    /// Opens a block: the `{` on the current line, then its items.
    func parseBlock(_ block: Block, _ parseItem: (Token) throws -> Void) throws {
        let opening = try expectSymbol("{", "'{' to open \(block.phrase)")
        parseItems(of: block, opening: opening, parseItem)
    }

    private func expectEndOfItem() throws {
        if current.kind == .newline || current.kind == .end || current.isSymbol(";") || current.isSymbol("}") {
            return
        }
        throw fail(.trailingText(found: current), at: current)
    }

    /// Skips to the end of the current item: the next line break or `;` outside brackets,
    /// or the `}` that closes the enclosing block. Blocks opened on the way are skipped whole.
    private func recover() {
        var depth = 0
        while current.kind != .end {
            let token = current
            if depth == 0, token.kind == .newline || token.isSymbol(";") || token.isSymbol("}") {
                return
            }
            if token.isSymbol("{") || token.isSymbol("[") || token.isSymbol("(") {
                depth += 1
            } else if depth > 0, token.isSymbol("}") || token.isSymbol("]") || token.isSymbol(")") {
                depth -= 1
            }
            advance()
        }
    }
}
