import SpecModel

/// A node of a YAML document with the position it was written at.
///
/// Locations follow the model's `SourceLocation` convention: 1-based lines, and 1-based columns
/// counted in Unicode scalars. `YAMLTreeBuilder` converts libyaml's 0-based marks once, when
/// it creates the node. A node copied through an alias keeps the anchor's locations.
struct YAMLNode: Sendable {
    enum Content: Sendable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        case mapping([YAMLMappingEntry])
    }

    var content: Content
    /// The node's start: the first character of a scalar, `[`, `{`, or a block collection's
    /// first entry.
    var location: SourceLocation
    /// How many columns the node covers when it sits on one line, otherwise 1; for underlining.
    var length: Int
    /// The nodes in this subtree, counting itself; an alias counts as a full copy.
    var nodeCount: Int
    /// The levels of nesting in this subtree; 1 for a scalar.
    var height: Int

    init(_ content: Content, location: SourceLocation, length: Int) {
        self.content = content
        self.location = location
        self.length = max(1, length)
        switch content {
        case .scalar:
            nodeCount = 1
            height = 1
        case .sequence(let items):
            nodeCount = 1 + items.reduce(0) { $0 + $1.nodeCount }
            height = 1 + (items.map(\.height).max() ?? 0)
        case .mapping(let entries):
            nodeCount = 1 + entries.reduce(0) { $0 + $1.key.nodeCount + $1.value.nodeCount }
            height = 1 + (entries.map { max($0.key.height, $0.value.height) }.max() ?? 0)
        }
    }

    var scalar: YAMLScalar? {
        if case .scalar(let scalar) = content { return scalar }
        return nil
    }

    var items: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    var entries: [YAMLMappingEntry]? {
        if case .mapping(let entries) = content { return entries }
        return nil
    }

    /// Whether the node is YAML's null: an empty plain scalar, `~` or `null`.
    var isNull: Bool {
        guard let scalar, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.value)
    }

    /// The kind of node, as messages name it.
    var kindName: String {
        switch content {
        case .scalar(let scalar): isNull ? "nothing" : "'\(scalar.value)'"
        case .sequence: "a list"
        case .mapping: "a mapping"
        }
    }
}

/// One `key: value` pair of a mapping. The key keeps its own location.
struct YAMLMappingEntry: Sendable {
    var key: YAMLNode
    var value: YAMLNode

    /// The key's text; the tree builder admits only scalar keys.
    var name: String { key.scalar?.value ?? "" }
}

/// A scalar's text as libyaml delivers it (escapes resolved, lines folded) and how it was
/// written.
struct YAMLScalar: Sendable {
    enum Style: Sendable {
        case plain
        case singleQuoted
        case doubleQuoted
        case literal
        case folded
    }

    var value: String
    var style: Style
    /// The column of the value's first character when the file shows the value verbatim on one
    /// line, without escapes or folding; `nil` otherwise. It maps a position inside the value
    /// to a column.
    var verbatimColumn: Int?
}
