/// A position in a spec file.
///
/// Lines and columns are 1-based; a column counts Unicode scalars from the start of its line.
/// Front ends convert their own conventions (libyaml's marks are 0-based) once, at the boundary.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// A value of the model together with the place in the spec file it was read from.
///
/// Two located values are equal when their values are equal: where a value was written is
/// not part of its meaning, so a spec read from YAML equals the same spec read from the text
/// form. Code that cares about positions compares `location` explicitly.
public struct Located<Value>: Sendable where Value: Sendable {
    public var value: Value
    public var location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

extension Located: Equatable where Value: Equatable {
    public static func == (lhs: Located, rhs: Located) -> Bool {
        lhs.value == rhs.value
    }
}
