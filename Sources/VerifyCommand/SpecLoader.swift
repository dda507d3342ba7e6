import Dynamics
import SpecModel
import SpecText
import SpecYAML

/// The two forms a spec file can take.
public enum SpecFormat: String, Equatable, Sendable {
    case yaml
    case text

    /// The text form's file extension.
    public static let textExtension = "basin"

    /// Returns the form a path's extension names, or `nil` for an extension `verify` does
    /// not know.
    public static func of(path: String) -> SpecFormat? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return nil }
        switch name[name.index(after: dot)...].lowercased() {
        case "yaml", "yml": return .yaml
        case textExtension: return .text
        default: return nil
        }
    }
}

/// A spec that was read, validated and whose network was built.
public struct LoadedSpec: Sendable {
    public var spec: Spec
    public var network: Network
}

/// Reads a spec file with the front end its extension names (which also validates it) and
/// builds its network. Every problem comes back as a diagnostic; nothing is checked for a file that has one.
/// Messages that quote a very long value are shortened, and control characters in them escaped
/// (see `Diagnostic.fittedToOneLine()`).
public func loadSpec(path: String) -> Result<LoadedSpec, InvalidSpec> {
    readSpec(path: path).mapError { InvalidSpec($0.diagnostics.map { $0.fittedToOneLine() }) }
}

private func readSpec(path: String) -> Result<LoadedSpec, InvalidSpec> {
    let parsed: Result<Spec, InvalidSpec>
    switch SpecFormat.of(path: path) {
    case .yaml: parsed = YAMLSpecReader.read(contentsOf: path)
    case .text: parsed = TextSpecReader.read(contentsOf: path)
    case nil:
        // A directory or a missing file is named as such, whatever its name ends in.
        if case .failure(let problem) = SpecFile.read(path) { return .failure(problem) }
        return .failure(InvalidSpec([Diagnostic(
            code: "unknown-file-type", message: "'\(path)' is neither a YAML spec nor a text spec", file: path,
            help: "name YAML specs *.yaml or *.yml and text specs *.\(SpecFormat.textExtension)")]))
    }
    return parsed.flatMap { spec in
        Network.build(from: spec.network, file: path)
            .map { LoadedSpec(spec: spec, network: $0) }
            .mapError { quoteSourceLines($0, of: path) }
    }
}

/// Adds the text of the line each diagnostic points at, for problems found after parsing
/// (the network's dimensions), so they are quoted like the front ends' problems.
private func quoteSourceLines(_ invalid: InvalidSpec, of path: String) -> InvalidSpec {
    guard case .success(let bytes) = SpecFile.read(path) else { return invalid }
    let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    return InvalidSpec(invalid.diagnostics.map { diagnostic in
        var quoted = diagnostic
        if quoted.sourceLine == nil, let line = diagnostic.location?.line, lines.indices.contains(line - 1) {
            var text = lines[line - 1]
            if text.last == "\r" { text = text.dropLast() }
            quoted.sourceLine = String(text)
        }
        return quoted
    })
}
