/// An exact fraction of two 64-bit integers, kept in lowest terms with a positive denominator.
///
/// Every operation returns `nil` instead of overflowing, so a caller can fall back to
/// floating point when the exact value does not fit.
public struct Rational: Hashable, Sendable, CustomStringConvertible {
    public let numerator: Int64
    public let denominator: Int64

    /// Creates `numerator / denominator` in lowest terms; `nil` when the denominator is zero
    /// or the result cannot be represented.
    public init?(_ numerator: Int64, _ denominator: Int64 = 1) {
        guard denominator != 0 else { return nil }
        guard numerator != .min, denominator != .min else { return nil }
        let divisor = Rational.gcd(Swift.abs(numerator), Swift.abs(denominator))
        let sign: Int64 = denominator < 0 ? -1 : 1
        self.numerator = sign * numerator / divisor
        self.denominator = sign * denominator / divisor
    }

    public static let zero = Rational(0)!
    public static let one = Rational(1)!

    public var doubleValue: Double { Double(numerator) / Double(denominator) }
    public var isZero: Bool { numerator == 0 }

    public var description: String {
        denominator == 1 ? "\(numerator)" : "\(numerator)/\(denominator)"
    }

    static func gcd(_ a: Int64, _ b: Int64) -> Int64 {
        var (a, b) = (a, b)
        while b != 0 { (a, b) = (b, a % b) }
        return a == 0 ? 1 : a
    }

    public static func + (lhs: Rational, rhs: Rational) -> Rational? {
        let divisor = gcd(lhs.denominator, rhs.denominator)
        let (left, o1) = lhs.numerator.multipliedReportingOverflow(by: rhs.denominator / divisor)
        let (right, o2) = rhs.numerator.multipliedReportingOverflow(by: lhs.denominator / divisor)
        let (sum, o3) = left.addingReportingOverflow(right)
        let (denominator, o4) = lhs.denominator.multipliedReportingOverflow(by: rhs.denominator / divisor)
        guard !(o1 || o2 || o3 || o4) else { return nil }
        return Rational(sum, denominator)
    }

    public static prefix func - (value: Rational) -> Rational {
        Rational(-value.numerator, value.denominator)!
    }

    public static func - (lhs: Rational, rhs: Rational) -> Rational? {
        lhs + (-rhs)
    }

    public static func * (lhs: Rational, rhs: Rational) -> Rational? {
        // Cross-cancel first so that products of small fractions stay small.
        let first = gcd(Swift.abs(lhs.numerator), rhs.denominator)
        let second = gcd(Swift.abs(rhs.numerator), lhs.denominator)
        let (numerator, o1) = (lhs.numerator / first).multipliedReportingOverflow(by: rhs.numerator / second)
        let (denominator, o2) = (lhs.denominator / second).multipliedReportingOverflow(by: rhs.denominator / first)
        guard !(o1 || o2) else { return nil }
        return Rational(numerator, denominator)
    }

    public static func / (lhs: Rational, rhs: Rational) -> Rational? {
        guard !rhs.isZero else { return nil }
        return lhs * Rational(rhs.denominator, rhs.numerator)!
    }

    /// `self` raised to an integer power; `nil` for `0^negative` or on overflow.
    public func power(_ exponent: Int) -> Rational? {
        if exponent < 0 {
            guard !isZero else { return nil }
            return Rational(denominator, numerator)?.power(-exponent)
        }
        var result = Rational.one
        for _ in 0..<exponent {
            guard let next = result * self else { return nil }
            result = next
        }
        return result
    }

    /// The exact value of a decimal literal such as `-0.125` or `1e-9`, when it fits.
    public init?(decimalLiteral text: String) {
        var mantissa = Substring(text)
        var exponent = 0
        if let marker = mantissa.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            guard let value = Int(mantissa[mantissa.index(after: marker)...]) else { return nil }
            exponent = value
            mantissa = mantissa[..<marker]
        }
        var digits = String(mantissa)
        if let point = digits.firstIndex(of: ".") {
            exponent -= digits.distance(from: point, to: digits.endIndex) - 1
            digits.remove(at: point)
        }
        guard abs(exponent) <= 18, let integer = Int64(digits) else { return nil }
        guard let scale = Rational(10)!.power(abs(exponent)) else { return nil }
        let value = Rational(integer)!
        guard let result = exponent >= 0 ? value * scale : value / scale else { return nil }
        self = result
    }
}
