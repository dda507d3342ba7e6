/// A problem found in a spec file: what is wrong, where, and what to do about it.
///
/// Every front end and the model's own validation report problems as diagnostics; the
/// reporter is the one place that turns them into text.
public struct Diagnostic: Error, Equatable, Sendable {
    public enum Severity: String, Sendable {
        case error
        case warning
    }

    /// A stable identifier of the kind of problem, such as `unknown-key`, for tests and tools.
    public var code: String
    public var severity: Severity
    /// One sentence saying what is wrong, quoting the offending value.
    public var message: String
    /// The file as the user named it on the command line.
    public var file: String
    /// The position where the problem starts, or `nil` for a problem with the whole file
    /// (a missing file, say).
    public var location: SourceLocation?
    /// How many columns of the line the problem covers, for underlining; at least 1.
    public var length: Int
    /// The text of the line at `location`, when the front end has it, to quote under the message.
    public var sourceLine: String?
    /// Advice on what to do next, shown on a line of its own.
    public var help: String?

    public init(
        code: String,
        severity: Severity = .error,
        message: String,
        file: String,
        location: SourceLocation? = nil,
        length: Int = 1,
        sourceLine: String? = nil,
        help: String? = nil
    ) {
        self.code = code
        self.severity = severity
        self.message = message
        self.file = file
        self.location = location
        self.length = max(1, length)
        self.sourceLine = sourceLine
        self.help = help
    }
}

extension Array where Element == Diagnostic {
    /// Returns the diagnostics in the order a reader meets them in the file, whole-file
    /// problems first.
    public func sortedByPosition() -> [Diagnostic] {
        enumerated().sorted { left, right in
            let a = left.element.location ?? SourceLocation(line: 0, column: 0)
            let b = right.element.location ?? SourceLocation(line: 0, column: 0)
            return a == b ? left.offset < right.offset : a < b
        }.map(\.element)
    }
}

/// Suggests the candidate closest to a misspelt word, for "did you mean" help.
///
/// Returns `nil` when no candidate is within an edit distance of about a third of the word,
/// so that unrelated words are not suggested.
public func closestMatch(to word: String, among candidates: [String]) -> String? {
    let limit = max(1, word.count / 3)
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
        let distance = editDistance(word.lowercased(), candidate.lowercased())
        if distance <= limit, distance < (best?.distance ?? Int.max) {
            best = (candidate, distance)
        }
    }
    return best?.candidate
}

/// Computes the Levenshtein distance between two strings, counted in characters.
public func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
            current[j] = Swift.min(substitution, previous[j] + 1, current[j - 1] + 1)
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}

/// Every problem that made a spec file unusable; nothing in the file was checked.
public struct InvalidSpec: Error, Equatable, Sendable {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }
}
