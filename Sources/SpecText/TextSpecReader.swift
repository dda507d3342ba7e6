import SpecModel

/// Reads the text form of a spec (files ending in `.basin`).
///
/// The grammar in the repository's `Grammar/basinspec.ebnf` is the reference for what it
/// accepts. Parsing goes on after a problem, so one call reports every problem it can find.
public enum TextSpecReader {
    /// The extension of files in the text form, without the dot.
    public static let fileExtension = "basin"

    /// Parses `text`, naming `file` in diagnostics. On failure the diagnostics are sorted
    /// by position, at most `SpecLimits.maximumProblems` of them, and each quotes its line.
    public static func parse(_ text: String, file: String) -> Result<Spec, InvalidSpec> {
        let parser = TextParser(text: text, file: file)
        guard let spec = parser.parseSpec() else {
            return .failure(InvalidSpec(
                SpecLimits.firstProblems(parser.diagnostics, total: parser.problemCount, file: file)))
        }
        // The checks that need the whole model, such as point lengths against the input
        // dimension, are shared with the YAML reader.
        let problems = spec.validate(file: file)
        guard problems.isEmpty else {
            return .failure(InvalidSpec(quoteLines(SpecLimits.firstProblems(problems, file: file), of: text)))
        }
        return .success(spec)
    }

    /// Reads and parses the spec at `path`. Messages name the file as `path` is written.
    public static func read(contentsOf path: String) -> Result<Spec, InvalidSpec> {
        SpecFile.read(path).flatMap { bytes in
            if let location = SpecFile.firstInvalidUTF8(in: bytes) {
                return .failure(InvalidSpec([SpecFile.invalidUTF8(file: path, at: location)]))
            }
            return parse(String(decoding: bytes, as: UTF8.self), file: path)
        }
    }

    /// Adds the text of the line each diagnostic points at, for the reporter to quote.
    private static func quoteLines(_ problems: [Diagnostic], of text: String) -> [Diagnostic] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // Problems on one line share one copy of it, which matters for a line megabytes long.
        var quoted: [Int: String] = [:]
        return problems.map { problem in
            var copy = problem
            if copy.sourceLine == nil, let line = problem.location?.line, lines.indices.contains(line - 1) {
                if quoted[line] == nil {
                    quoted[line] = String(lines[line - 1].trimmingSuffix("\r"))
                }
                copy.sourceLine = quoted[line]
            }
            return copy
        }
    }
}

extension Substring {
    fileprivate func trimmingSuffix(_ suffix: Character) -> Substring {
        last == suffix ? dropLast() : self
    }
}
