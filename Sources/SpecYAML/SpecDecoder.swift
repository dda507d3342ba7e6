import Foundation
import SpecModel

/// Turns the node tree of a YAML spec into a `Spec`, collecting every problem on the way.
///
/// The decoder reads `network` first, because the input dimension `d` decides what a point
/// looks like. A value that cannot be read is reported and left out, and decoding goes on,
/// so that one bad key does not hide the next. The model's own checks
/// (`SpecValidation`) then run on whatever could be read.
struct SpecDecoder {
    let file: String
    var problems: [Diagnostic] = []
    /// The network's input dimension, once read and between 1 and `SpecLimits.maximumUnits`.
    var dimension: Int?
    /// The network's dimensions as read, kept even when another part of the network is invalid.
    var input: Located<Int>?
    var output: Located<Int>?

    init(file: String) {
        self.file = file
    }

    /// Decodes a document's root; the spec when the file has no problem, otherwise every
    /// problem sorted by position.
    static func decode(_ root: YAMLNode, file: String) -> Result<Spec, InvalidSpec> {
        var decoder = SpecDecoder(file: file)
        let spec = decoder.decodeSpec(root)
        guard let spec, decoder.problems.isEmpty else {
            return .failure(InvalidSpec(decoder.problems.sortedByPosition()))
        }
        return .success(spec)
    }

    private func trimmed(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private mutating func decodeSpec(_ root: YAMLNode) -> Spec? {
        guard root.entries != nil else {
            report(.notAMapping(found: root.kindName), at: root)
            return nil
        }
        let start = SourceLocation(line: 1, column: 1)
        guard let fields = fields(of: root, in: .topLevel, subject: "the spec", owner: start) else { return nil }

        let network = fields["network"].flatMap { decodeNetwork($0) }
        if fields["network"] == nil {
            report(.missingKey("network", in: .topLevel), at: start)
        }
        let version = fields["spec"].flatMap { entry in
            integer(entry.value, subject: "'spec'").map { Located($0, at: entry.key.location) }
        }
        if let version, version.value != 1 {
            report(.unsupportedVersion(version.value), at: version.location)
        }
        let name = required("name", in: fields).flatMap { entry in
            text(entry.value, subject: "'name'").map { Located(trimmed($0), at: entry.key.location) }
        }
        // A folded or literal block (`>` or `|`) ends in a line break that is not part of the text.
        let description = fields["description"].flatMap { text($0.value, subject: "'description'") }.map(trimmed)
        let analysis = fields["analysis"].map { decodeAnalysis($0) } ?? AnalysisSettings()
        let expectations = fields["expect"].map { decodeExpectations($0) } ?? Expectations()

        problems += SpecValidation.validate(
            input: input, output: output, analysis: analysis, expectations: expectations, file: file)
        if let network {
            problems += SpecLimits.networkProblems(network, file: file)
        }
        guard let name, let network else { return nil }
        return Spec(
            version: version, name: name, description: description, network: network, analysis: analysis,
            expectations: expectations)
    }
}

// MARK: - Mappings

/// The entries of one mapping by key, after its unknown keys have been reported.
struct Fields {
    let section: Section
    /// The location for "missing key" problems: the key that owns the mapping, or the mapping.
    let owner: SourceLocation
    let entries: [String: YAMLMappingEntry]

    subscript(key: String) -> YAMLMappingEntry? {
        entries[key]
    }
}

extension SpecDecoder {
    mutating func report(_ problem: Problem, at node: YAMLNode) {
        report(problem, at: node.location, length: node.length)
    }

    mutating func report(_ problem: Problem, at location: SourceLocation?, length: Int = 1) {
        problems.append(problem.diagnostic(file: file, at: location, length: length))
    }

    /// Reads `node` as a mapping of `section`, reporting each key the section does not allow.
    mutating func fields(of node: YAMLNode, in section: Section, subject: String, owner: SourceLocation) -> Fields? {
        guard let entries = node.entries else {
            if node.isNull {
                report(.missingValue(subject), at: owner)
            } else {
                report(.wrongType(subject, expected: "a mapping", found: node.kindName, example: section.example), at: node)
            }
            return nil
        }

        var known: [String: YAMLMappingEntry] = [:]
        for entry in entries {
            guard section.allowedKeys.contains(entry.name) else {
                let suggestion = closestMatch(to: entry.name, among: section.allowedKeys)
                let home = suggestion == nil ? section.home(of: entry.name) : nil
                report(.unknownKey(entry.name, in: section, suggestion: suggestion, home: home), at: entry.key)
                continue
            }
            known[entry.name] = entry
        }
        return Fields(section: section, owner: owner, entries: known)
    }

    /// Returns the entry for `key`, reporting it as missing when the mapping lacks it.
    mutating func required(_ key: String, in fields: Fields) -> YAMLMappingEntry? {
        guard let entry = fields[key] else {
            report(.missingKey(key, in: fields.section), at: fields.owner)
            return nil
        }
        return entry
    }

    /// Reads `node` as a list, reporting anything else.
    mutating func list(_ node: YAMLNode, subject: String, example: String) -> [YAMLNode]? {
        if let items = node.items { return items }
        if node.isNull {
            report(.missingValue(subject), at: node)
        } else {
            report(.wrongType(subject, expected: "a list", found: node.kindName, example: example), at: node)
        }
        return nil
    }
}
