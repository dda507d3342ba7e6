import SpecModel

/// The lines of a spec file, for quoting a line under a message and for mapping libyaml's
/// positions back to the text.
struct SourceText: Sendable {
    /// The file's lines without their line breaks; `lines[0]` is line 1.
    let lines: [String]

    /// Splits `bytes`, which must be valid UTF-8, at line feeds.
    ///
    /// NOTE: only `\n` and `\r\n` end lines here, while YAML also breaks lines at a lone `\r`;
    /// in a file that uses lone carriage returns the quoted lines are wrong, not the positions.
    init(_ bytes: [UInt8]) {
        var text = String(decoding: bytes, as: UTF8.self)
        if text.unicodeScalars.first == "\u{FEFF}" {
            // libyaml skips a byte order mark without counting a column for it.
            text.unicodeScalars.removeFirst()
        }
        // Split Unicode scalars, not characters: a Swift `Character` joins "\r\n" into one.
        lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            String(String.UnicodeScalarView(line.last == "\r" ? line.dropLast() : line))
        }
    }

    /// The text of a 1-based line, or `nil` past the end of the file.
    func line(_ number: Int) -> String? {
        lines.indices.contains(number - 1) ? lines[number - 1] : nil
    }

    /// The Unicode scalars of a line between two 1-based columns, end excluded.
    func text(line number: Int, from start: Int, to end: Int) -> String? {
        guard let line = line(number) else { return nil }
        let scalars = Array(line.unicodeScalars)
        guard start >= 1, start <= end, end - 1 <= scalars.count else { return nil }
        return String(String.UnicodeScalarView(scalars[(start - 1)..<(end - 1)]))
    }

    /// The 1-based location of a 0-based byte offset into `bytes`.
    static func location(ofByteOffset offset: Int, in bytes: [UInt8]) -> SourceLocation {
        var line = 1
        var column = 1
        for byte in bytes.prefix(offset) {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0b1100_0000 != 0b1000_0000 {
                // Continuation bytes do not start a new scalar.
                column += 1
            }
        }
        return SourceLocation(line: line, column: column)
    }

    /// The location of the first byte sequence that is not valid UTF-8, or `nil` when every
    /// byte is.
    static func firstInvalidUTF8(in bytes: [UInt8]) -> SourceLocation? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var location = SourceLocation(line: 1, column: 1)
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" {
                    location = SourceLocation(line: location.line + 1, column: 1)
                } else {
                    location.column += 1
                }
            case .emptyInput:
                return nil
            case .error:
                return location
            }
        }
    }
}
