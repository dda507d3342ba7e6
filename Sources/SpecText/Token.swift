import SpecModel

/// One token of the text form, with where it starts and how many columns it covers.
struct Token: Equatable {
    enum Kind: Equatable {
        case identifier(String)
        /// A decimal literal, kept as written so that `2.10` and `2.1` stay apart.
        case number(String)
        /// A string literal with its escapes resolved.
        case string(String)
        /// Punctuation or an operator: `{ } [ ] ( ) , ; + - * / ^`, `->`, `±` (also written `+-`)
        /// and `×`.
        case symbol(String)
        case newline
        case end
    }

    var kind: Kind
    var location: SourceLocation
    /// Columns covered, in Unicode scalars; at least 1.
    var length: Int

    /// The identifier's text, or `nil` for any other kind of token.
    var word: String? {
        if case .identifier(let text) = kind { text } else { nil }
    }

    func isSymbol(_ text: String) -> Bool {
        kind == .symbol(text)
    }

    func isIdentifier(_ text: String) -> Bool {
        kind == .identifier(text)
    }

    /// The token as a message names it, such as `'layer'`, `end of line` or `number '3'`.
    var quoted: String {
        switch kind {
        case .identifier(let name): "'\(name)'"
        case .number(let text): "number '\(text)'"
        case .string(let text): "string \"\(text)\""
        case .symbol(let text): "'\(text)'"
        case .newline: "end of line"
        case .end: "end of file"
        }
    }
}
