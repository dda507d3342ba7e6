import CYAML
import SpecModel

/// Builds a located node tree from libyaml's event API.
///
/// The event API, unlike libyaml's document API, lets the builder check limits while the
/// tree grows. Aliases may be used, but a file whose aliases would expand past
/// `maximumAliasExpansion` nodes, or that nests deeper than `maximumDepth`, is rejected
/// before it costs time or memory ("billion laughs"). Duplicate keys are reported and the second entry
/// dropped; syntax errors, a second document and aliases without an anchor end the parse.
struct YAMLTreeBuilder {
    /// The maximum number of nodes that aliases may copy into a document, summed over all
    /// aliases. Nodes written out are not counted, because the file size limits them.
    static let maximumAliasExpansion = 10_000
    /// The deepest nesting of sequences and mappings accepted, aliases expanded.
    static let maximumDepth = 64

    /// The document's root, `nil` when the file contains no usable document, and every
    /// problem found on the way.
    struct Outcome {
        var root: YAMLNode?
        var problems: [Diagnostic]
    }

    private let file: String
    private let bytes: [UInt8]
    private let source: SourceText
    private var stack: [Frame] = []
    private var anchors: [String: YAMLNode] = [:]
    private var anchorsInProgress: Set<String> = []
    private var copiedByAliases = 0
    private var documents = 0
    private var root: YAMLNode?
    private var problems: [Diagnostic] = []
    /// The scalars of the line that the last scalar event started on, so that a line with
    /// thousands of values is decoded once instead of once per value.
    private var cachedLine: (number: Int, scalars: [Unicode.Scalar]) = (0, [])

    /// Parses `bytes`, which must already be known to be valid UTF-8.
    static func build(_ bytes: [UInt8], source: SourceText, file: String) -> Outcome {
        var builder = YAMLTreeBuilder(file: file, bytes: bytes, source: source)
        builder.run()
        return Outcome(root: builder.root, problems: builder.problems)
    }

    private init(file: String, bytes: [UInt8], source: SourceText) {
        self.file = file
        self.bytes = bytes
        self.source = source
    }

    /// A sequence or mapping whose end event has not arrived yet.
    private struct Frame {
        var isMapping: Bool
        var start: yaml_mark_t
        var anchor: String?
        var items: [YAMLNode] = []
        var entries: [YAMLMappingEntry] = []
        var pendingKey: YAMLNode?
        /// Whether the value that follows the pending key is to be dropped (a duplicate key).
        var dropsValue = false
        var keyLocations: [String: SourceLocation] = [:]
    }

    private enum Step {
        case proceed
        case stop
    }

    private mutating func run() {
        guard !bytes.isEmpty else { return }
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else {
            report(.outOfMemory, at: nil)
            return
        }
        defer { yaml_parser_delete(parser) }

        bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(parser, buffer.baseAddress, buffer.count)
            var event = yaml_event_t()
            while true {
                guard yaml_parser_parse(parser, &event) == 1 else {
                    reportSyntaxError(parser.pointee)
                    return
                }
                let step = handle(event)
                let ended = event.type == YAML_STREAM_END_EVENT
                yaml_event_delete(&event)
                if step == .stop || ended { return }
            }
        }
    }

    private mutating func handle(_ event: yaml_event_t) -> Step {
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                report(.multipleDocuments, at: location(event.start_mark))
                return .stop
            }
            return .proceed
        case YAML_SCALAR_EVENT:
            return handleScalar(event)
        case YAML_ALIAS_EVENT:
            return handleAlias(event)
        case YAML_SEQUENCE_START_EVENT:
            let data = event.data.sequence_start
            return open(isMapping: false, event: event, anchor: text(data.anchor), tag: text(data.tag))
        case YAML_MAPPING_START_EVENT:
            let data = event.data.mapping_start
            return open(isMapping: true, event: event, anchor: text(data.anchor), tag: text(data.tag))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            return close(event)
        default:
            return .proceed
        }
    }

    private mutating func handleScalar(_ event: yaml_event_t) -> Step {
        let data = event.data.scalar
        let value = String(decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self)
        let style = scalarStyle(data.style)
        let start = location(event.start_mark)
        if let tag = text(data.tag) {
            report(.unsupportedTag(tag), at: start)
        }
        let scalar = YAMLScalar(
            value: value, style: style,
            verbatimColumn: verbatimColumn(of: value, style: style, from: event.start_mark, to: event.end_mark))
        let node = YAMLNode(.scalar(scalar), location: start, length: span(event.start_mark, event.end_mark))
        if let anchor = text(data.anchor) {
            anchors[anchor] = node
        }
        return attach(node)
    }

    private mutating func handleAlias(_ event: yaml_event_t) -> Step {
        let name = text(event.data.alias.anchor) ?? ""
        let start = location(event.start_mark)
        guard !anchorsInProgress.contains(name), let anchored = anchors[name] else {
            let problem: Problem = anchorsInProgress.contains(name) ? .recursiveAlias(name) : .unknownAlias(name)
            // Stop here: any value put in the alias's place would cause misleading problems later.
            report(problem, at: start, length: span(event.start_mark, event.end_mark))
            return .stop
        }

        copiedByAliases += anchored.nodeCount
        if copiedByAliases > Self.maximumAliasExpansion {
            report(.aliasExpansionTooLarge(limit: Self.maximumAliasExpansion), at: start)
            return .stop
        }
        if stack.count + anchored.height > Self.maximumDepth {
            report(.nestingTooDeep(limit: Self.maximumDepth), at: start)
            return .stop
        }
        return attach(anchored)
    }

    private mutating func open(isMapping: Bool, event: yaml_event_t, anchor: String?, tag: String?) -> Step {
        if let tag {
            report(.unsupportedTag(tag), at: location(event.start_mark))
        }
        if stack.count + 1 > Self.maximumDepth {
            report(.nestingTooDeep(limit: Self.maximumDepth), at: location(event.start_mark))
            return .stop
        }
        if let anchor {
            anchorsInProgress.insert(anchor)
        }
        stack.append(Frame(isMapping: isMapping, start: event.start_mark, anchor: anchor))
        return .proceed
    }

    private mutating func close(_ event: yaml_event_t) -> Step {
        let frame = stack.removeLast()
        let content: YAMLNode.Content = frame.isMapping ? .mapping(frame.entries) : .sequence(frame.items)
        let node = YAMLNode(content, location: location(frame.start), length: span(frame.start, event.end_mark))
        if let anchor = frame.anchor {
            anchorsInProgress.remove(anchor)
            anchors[anchor] = node
        }
        return attach(node)
    }

    /// Adds a finished node to the collection being built, or makes it the document's root.
    private mutating func attach(_ node: YAMLNode) -> Step {
        guard var frame = stack.popLast() else {
            root = node
            return .proceed
        }
        defer { stack.append(frame) }

        guard frame.isMapping else {
            frame.items.append(node)
            return .proceed
        }
        guard let key = frame.pendingKey else {
            frame.pendingKey = node
            frame.dropsValue = !admitKey(node, into: &frame)
            return .proceed
        }
        if !frame.dropsValue {
            var value = node
            if let scalar = node.scalar, scalar.style == .plain, scalar.value.isEmpty {
                // An empty value has no text of its own; messages about it point at its key.
                value.location = key.location
                value.length = key.length
            }
            frame.entries.append(YAMLMappingEntry(key: key, value: value))
        }
        frame.pendingKey = nil
        frame.dropsValue = false
        return .proceed
    }

    /// Checks a mapping key: it must be a scalar, and new in its mapping.
    private mutating func admitKey(_ key: YAMLNode, into frame: inout Frame) -> Bool {
        guard let name = key.scalar?.value else {
            report(.complexKey, at: key.location)
            return false
        }
        if let first = frame.keyLocations[name] {
            report(.duplicateKey(name, firstLine: first.line), at: key.location, length: key.length)
            return false
        }
        frame.keyLocations[name] = key.location
        return true
    }
}

// MARK: - Positions and text from libyaml

extension YAMLTreeBuilder {
    /// Converts a libyaml mark (0-based line and column, columns counted in characters) to
    /// the model's 1-based location. This is the only place where that conversion happens.
    fileprivate func location(_ mark: yaml_mark_t) -> SourceLocation {
        SourceLocation(line: mark.line + 1, column: mark.column + 1)
    }

    /// Returns the columns between two marks on the same line, otherwise 1.
    fileprivate func span(_ start: yaml_mark_t, _ end: yaml_mark_t) -> Int {
        start.line == end.line ? max(1, end.column - start.column) : 1
    }

    fileprivate func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    fileprivate func scalarStyle(_ style: yaml_scalar_style_t) -> YAMLScalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }

    /// The column of the value's first character when the file shows the value unchanged on
    /// one line: a plain scalar, or a quoted one without escapes.
    fileprivate mutating func verbatimColumn(
        of value: String, style: YAMLScalar.Style, from start: yaml_mark_t, to end: yaml_mark_t
    ) -> Int? {
        guard start.line == end.line else { return nil }
        let first = start.column + 1
        let last = end.column + 1
        switch style {
        case .plain:
            return lineText(start.line + 1, from: first, to: last) == value ? first : nil
        case .singleQuoted, .doubleQuoted:
            return lineText(start.line + 1, from: first + 1, to: last - 1) == value ? first + 1 : nil
        case .literal, .folded:
            return nil
        }
    }

    /// Returns the scalars of a 1-based line between two 1-based columns, end excluded, like
    /// `SourceText.text(line:from:to:)` but decoding each line only once.
    private mutating func lineText(_ number: Int, from start: Int, to end: Int) -> String? {
        if cachedLine.number != number {
            guard let line = source.line(number) else { return nil }
            cachedLine = (number, Array(line.unicodeScalars))
        }
        let scalars = cachedLine.scalars
        guard start >= 1, start <= end, end - 1 <= scalars.count else { return nil }
        return String(String.UnicodeScalarView(scalars[(start - 1)..<(end - 1)]))
    }
}

// MARK: - Problems

extension YAMLTreeBuilder {
    fileprivate mutating func report(_ problem: Problem, at location: SourceLocation?, length: Int = 1) {
        problems.append(problem.diagnostic(file: file, at: location, length: length))
    }

    /// Reports the error that stopped libyaml, phrased for people.
    fileprivate mutating func reportSyntaxError(_ parser: yaml_parser_t) {
        let problemText = parser.problem.map { String(cString: $0) } ?? "unknown error"

        if parser.error == YAML_READER_ERROR {
            // Reader errors carry a byte offset instead of a mark.
            let location = SourceText.location(ofByteOffset: parser.problem_offset, in: bytes)
            report(.invalidCharacter(problemText, value: parser.problem_value), at: location)
            return
        }
        if parser.error == YAML_MEMORY_ERROR {
            report(.outOfMemory, at: nil)
            return
        }

        let mark = parser.problem_mark
        let at = location(mark)
        if isIndentationTab(at: at) {
            report(.tabIndentation, at: at)
            return
        }
        let context = parser.context.map { String(cString: $0) }
        let contextLine = context == nil ? nil : parser.context_mark.line + 1
        report(.syntaxError(problemText, context: context, contextLine: contextLine), at: at)
    }

    /// Checks whether libyaml stopped at a tab in the leading whitespace of a line.
    fileprivate func isIndentationTab(at location: SourceLocation) -> Bool {
        guard let leading = source.text(line: location.line, from: 1, to: location.column + 1) else { return false }
        return leading.unicodeScalars.last == "\t" && leading.unicodeScalars.allSatisfy { $0 == " " || $0 == "\t" }
    }
}
