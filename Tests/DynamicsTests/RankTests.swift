import Dynamics
import SpecModel
import Testing

private func rational(_ numerator: Int64, _ denominator: Int64) -> Rational {
    Rational(numerator, denominator)!
}

@Test func rankExactForHalvesMatrix() {
    let half = rational(1, 2)
    let layer = Layer(
        weights: Matrix([[0.5, 0.5], [0.5, 0.5]]), bias: [0, 0], activation: .identity,
        exactWeights: [[half, half], [half, half]])
    let result = rank(of: layer)
    #expect(result.rank == 1)
    #expect(result.isExact)
    #expect(result.tolerance == nil)
    #expect(abs(result.singularValues[0] - 1) < 1e-15)
}

@Test func rankFloatingPointWithTolerance() throws {
    // 0.1 · 0.6 and 0.2 · 0.3 differ in floating point, but the rows are proportional.
    let result = rank(of: Layer(weights: Matrix([[0.1, 0.2], [0.3, 0.6]]), bias: [0, 0], activation: .relu))
    #expect(result.rank == 1)
    #expect(!result.isExact)
    let tolerance = try #require(result.tolerance)
    #expect(tolerance > 0)
    #expect(tolerance < 1e-14)
    #expect(result.singularValues[1] <= tolerance)
}

@Test func rankFullForInvertibleMatrix() {
    #expect(rank(of: Matrix([[1, 2], [3, 4]])).rank == 2)
    #expect(rank(of: Matrix([[1, 2, 3]])).rank == 1)
    #expect(rank(of: Matrix([[0, 0], [0, 0]])).rank == 0)
}

@Test func rankFallsBackOnOverflow() {
    // Eliminating these fractions needs denominators beyond 64 bits.
    let (p, q, r, s): (Int64, Int64, Int64, Int64) = (2_147_483_647, 2_147_483_629, 2_147_483_587, 2_147_483_579)
    let exact = [[rational(1, p), rational(1, q)], [rational(1, r), rational(1, s)]]
    let weights = Matrix(exact.map { $0.map(\.doubleValue) })
    let result = rank(of: Layer(weights: weights, bias: [0, 0], activation: .identity, exactWeights: exact))
    #expect(!result.isExact)
    #expect(result.rank == 2)
}

@Test func nullSpaceVectorExact() throws {
    let half = rational(1, 2)
    let layer = Layer(
        weights: Matrix([[0.5, 0.5], [0.5, 0.5]]), bias: [0, 0], activation: .identity,
        exactWeights: [[half, half], [half, half]])
    let vector = try #require(nullSpaceVector(of: layer))
    #expect(vector.isExact)
    #expect(vector.exact == [rational(-1, 1), rational(1, 1)])
    #expect(vector.vector == [-1, 1])
}

@Test func nullSpaceVectorFloatingPoint() throws {
    let weights = Matrix([[1, 2, 3], [2, 4, 6.5]])
    let vector = try #require(nullSpaceVector(of: weights))
    #expect(abs(vector.map { $0 * $0 }.reduce(0, +) - 1) < 1e-12)
    #expect((weights * vector).allSatisfy { abs($0) < 1e-12 })
    #expect(nullSpaceVector(of: Matrix([[1, 2], [3, 4]])) == nil)
}

@Test func nullSpaceVectorOfFullRankLayer() {
    let layer = Layer(
        weights: Matrix([[1, 0], [0, 1]]), bias: [0, 0], activation: .identity,
        exactWeights: [[.one, .zero], [.zero, .one]])
    #expect(nullSpaceVector(of: layer) == nil)
}
