/// A number written in a spec: its value, its exact rational value when it has one, and the
/// text it was written as.
///
/// The exact value lets the verifier decide ranks and fixed points by exact arithmetic when
/// the author wrote fractions or decimals. Equality compares the floating-point value only,
/// so `0.5` and `"1/2"` are the same number.
public struct Scalar: Equatable, Sendable, CustomStringConvertible, ExpressibleByFloatLiteral,
    ExpressibleByIntegerLiteral
{
    public var value: Double
    /// The exact value, when the number is a rational expression of decimal literals.
    public var exact: Rational?
    /// The expression as the author wrote it, such as `1/3` or `-sqrt(2)/2`; `nil` for a
    /// plain literal.
    public var expression: String?

    public init(_ value: Double, exact: Rational? = nil, expression: String? = nil) {
        self.value = value
        self.exact = exact
        self.expression = expression
    }

    public init(floatLiteral value: Double) {
        self.init(value)
    }

    public init(integerLiteral value: Int) {
        self.init(Double(value), exact: Rational(Int64(value)))
    }

    public static func == (lhs: Scalar, rhs: Scalar) -> Bool {
        lhs.value == rhs.value
    }

    /// The expression when there is one, otherwise the shortest decimal form of the value.
    public var description: String {
        expression ?? formatNumber(value)
    }
}

/// A point of `R^d`, as written in a spec.
public typealias Point = [Scalar]

extension Array where Element == Scalar {
    public var values: [Double] { map(\.value) }
}
