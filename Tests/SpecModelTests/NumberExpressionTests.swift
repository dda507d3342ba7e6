import SpecModel
import Testing

@Test(arguments: [
    ("2", 2.0), ("-0.5", -0.5), ("1e-9", 1e-9), ("1/3", 1.0 / 3), ("-sqrt(2)/2", -0.7071067811865476),
    ("cos(pi/4)", 0.7071067811865476), ("2^-3", 0.125), ("-2^2", -4), ("(1 + 2) * 3", 9), ("2^3^2", 512),
] as [(String, Double)])
func numberExpressionValue(text: String, expected: Double) throws {
    let scalar = try NumberExpression.evaluate(text).get()
    #expect(abs(scalar.value - expected) <= 1e-15 * max(1, abs(expected)))
}

@Test func numberExpressionKeepsExactFraction() throws {
    let scalar = try NumberExpression.evaluate("1/3 + 0.25").get()
    #expect(scalar.exact == Rational(7, 12))
    #expect(scalar.expression == "1/3 + 0.25")
    #expect(try NumberExpression.evaluate("sqrt(2)").get().exact == nil)
    #expect(try NumberExpression.evaluate("0.1").get().exact == Rational(1, 10))
}

@Test(arguments: [
    ("", 0), ("1/0", 1), ("log(0)", 0), ("1 +", 2), ("sqr(2)", 0), ("2 3", 2), ("(1", 1), ("1e400", 0),
] as [(String, Int)])
func numberExpressionRejects(text: String, offset: Int) {
    guard case .failure(let error) = NumberExpression.evaluate(text) else {
        Issue.record("'\(text)' was accepted")
        return
    }
    #expect(error.offset == offset, "\(error.message)")
}

@Test func numberExpressionSuggestsName() {
    guard case .failure(let error) = NumberExpression.evaluate("sqr(2)") else {
        Issue.record("accepted")
        return
    }
    #expect(error.help?.hasPrefix("did you mean 'sqrt'?") == true)
}
