import SpecModel

/// Reads the text form of a spec (files ending in `.basin`).
///
/// The grammar in the repository's `Grammar/basinspec.ebnf` is the reference for what it
/// accepts. Parsing goes on after a problem, so one call reports every problem it can find.
public enum TextSpecReader {
    /// The extension of files in the text form, without the dot.
    public static let fileExtension = "basin"

    /// Parses `text`, naming `file` in diagnostics. On failure the diagnostics are sorted
    /// by position and each quotes its line.
    public static func parse(_ text: String, file: String) -> Result<Spec, InvalidSpec> {
        // NOTE: checks that need the whole model, such as point lengths against the input
        // dimension, are not run here yet. The YAML reader runs them as validation shared
        // through the model module, and this reader should call the same checks.
        let parser = TextParser(text: text, file: file)
        guard let spec = parser.parseSpec() else {
            return .failure(InvalidSpec(parser.diagnostics.sortedByPosition()))
        }
        return .success(spec)
    }
}
