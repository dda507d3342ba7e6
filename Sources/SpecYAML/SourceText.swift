import SpecModel

/// The lines of a spec file, for quoting a line under a message and for mapping libyaml's
/// positions back to the text.
struct SourceText: Sendable {
    private let bytes: [UInt8]
    /// The byte offset where each line starts; `lineStarts[0]` is line 1.
    private let lineStarts: [Int]

    /// Indexes the lines of `bytes`, which must be valid UTF-8. Lines end at line feeds; a
    /// carriage return before one is not part of the line.
    ///
    /// NOTE: YAML also breaks lines at a lone `\r`. In a file that uses lone carriage returns
    /// the quoted lines are wrong, but libyaml's positions stay right.
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        lineStarts = starts
    }

    /// Returns the text of a 1-based line, or `nil` past the end of the file.
    func line(_ number: Int) -> String? {
        guard lineStarts.indices.contains(number - 1) else { return nil }
        var start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") {
            end -= 1
        }
        if number == 1, bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            // libyaml skips a byte order mark without counting a column for it.
            start = min(3, end)
        }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// Returns the Unicode scalars of a line between two 1-based columns, end excluded.
    func text(line number: Int, from start: Int, to end: Int) -> String? {
        guard let line = line(number) else { return nil }
        let scalars = Array(line.unicodeScalars)
        guard start >= 1, start <= end, end - 1 <= scalars.count else { return nil }
        return String(String.UnicodeScalarView(scalars[(start - 1)..<(end - 1)]))
    }

    /// Returns the 1-based location of a 0-based byte offset into `bytes`.
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
}
