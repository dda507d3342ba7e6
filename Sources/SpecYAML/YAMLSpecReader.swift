import Foundation
import SpecModel

/// Reads spec files in the YAML form.
///
/// Reading goes in three steps. The bytes must be UTF-8. Then libyaml's event parser builds a
/// located node tree (`YAMLTreeBuilder`). Last, the tree is decoded into a `Spec` and checked
/// by `SpecValidation`. Every problem found is returned, sorted by position, each with the line
/// of the file it points at.
public enum YAMLSpecReader {
    /// The largest file accepted, in bytes.
    public static let maximumFileSize = SpecFile.maximumSize

    /// Reads and decodes the spec at `path`. Messages name the file as `path` is written.
    public static func read(contentsOf path: String) -> Result<Spec, InvalidSpec> {
        SpecFile.read(path).flatMap { parse($0, file: path) }
    }

    /// Decodes a spec from the bytes of a YAML file; `file` names it in diagnostics.
    public static func parse(_ bytes: [UInt8], file: String) -> Result<Spec, InvalidSpec> {
        guard bytes.count <= maximumFileSize else {
            return .failure(InvalidSpec([Problem.fileTooLarge(limit: maximumFileSize).diagnostic(file: file, at: nil)]))
        }
        if let location = SpecFile.firstInvalidUTF8(in: bytes) {
            return .failure(InvalidSpec([Problem.invalidUTF8.diagnostic(file: file, at: location)]))
        }

        let source = SourceText(bytes)
        let tree = YAMLTreeBuilder.build(bytes, source: source, file: file)
        var problems = tree.problems
        var spec: Spec?
        if let root = tree.root, !root.isNull {
            switch SpecDecoder.decode(root, file: file) {
            case .success(let decoded): spec = decoded
            case .failure(let invalid): problems += invalid.diagnostics
            }
        } else if problems.isEmpty {
            problems.append(Problem.emptyFile.diagnostic(file: file, at: nil))
        }

        guard let spec, problems.isEmpty else {
            return .failure(InvalidSpec(quoteLines(SpecLimits.firstProblems(problems, file: file), from: source)))
        }
        return .success(spec)
    }

    /// Adds the text of the line each diagnostic points at, for the reporter to quote.
    private static func quoteLines(_ problems: [Diagnostic], from source: SourceText) -> [Diagnostic] {
        // Problems on one line share one copy of it, which matters for a line megabytes long.
        var lines: [Int: String] = [:]
        return problems.map { problem in
            var quoted = problem
            if quoted.sourceLine == nil, let line = problem.location?.line {
                if lines[line] == nil {
                    lines[line] = source.line(line)
                }
                quoted.sourceLine = lines[line]
            }
            return quoted
        }
    }
}
