import Dynamics
import Foundation
import Testing

/// Σ λ^k over complex eigenvalues, as (real, imaginary).
private func powerSum(_ values: [(real: Double, imaginary: Double)], _ k: Int) -> (Double, Double) {
    values.reduce((0.0, 0.0)) { sum, value in
        var power = (1.0, 0.0)
        for _ in 0..<k {
            power = (power.0 * value.real - power.1 * value.imaginary, power.0 * value.imaginary + power.1 * value.real)
        }
        return (sum.0 + power.0, sum.1 + power.1)
    }
}

private func trace(_ m: Matrix) -> Double {
    (0..<m.rows).reduce(0) { $0 + m[$1, $1] }
}

@Test func eigenvaluesOfScaledRotation() {
    let values = eigenvalues(of: Matrix([[0, -0.5], [0.5, 0]]))
    #expect(values.count == 2)
    #expect(values.allSatisfy { abs($0.real) < 1e-15 })
    #expect(values.allSatisfy { abs(abs($0.imaginary) - 0.5) < 1e-15 })
    #expect(values[0].imaginary == -values[1].imaginary)
    #expect(abs(spectralRadius(of: Matrix([[0, -0.5], [0.5, 0]])) - 0.5) < 1e-15)
}

@Test func eigenvaluesOfTriangularMatrix() {
    let values = eigenvalues(of: Matrix([[2, 1, 0], [0, 3, 1], [0, 0, -1]]))
    #expect(values.map(\.real) == [3, 2, -1])
    #expect(values.allSatisfy { $0.imaginary == 0 })
}

@Test func eigenvaluesOfCompanionMatrix() {
    // The companion matrix of (λ − 2)(λ² + 1) = λ³ − 2λ² + λ − 2 has eigenvalues 2, i, −i.
    let values = eigenvalues(of: Matrix([[2, -1, 2], [1, 0, 0], [0, 1, 0]]))
    #expect(abs(values[0].real - 2) < 1e-12)
    #expect(values[0].imaginary == 0)
    for value in values.dropFirst() {
        #expect(abs(value.real) < 1e-12)
        #expect(abs(abs(value.imaginary) - 1) < 1e-12)
    }
}

@Test func eigenvaluePowerSumsMatchTraces() {
    // Σ λ^k = trace(A^k) for k = 1…6 pins down all six eigenvalues of a 6 × 6 matrix.
    let entries = (0..<36).map { sin(Double($0) * 1.7 + 0.3) * 2 }
    let matrix = Matrix(rows: 6, columns: 6, entries: entries)
    let values = eigenvalues(of: matrix)
    #expect(values.count == 6)

    var power = Matrix.identity(6)
    for k in 1...6 {
        power = matrix * power
        let (real, imaginary) = powerSum(values, k)
        let expected = trace(power)
        #expect(abs(real - expected) <= 1e-9 * max(1, abs(expected)), "k = \(k)")
        #expect(abs(imaginary) <= 1e-9 * max(1, abs(expected)), "k = \(k)")
    }
}

@Test func eigenvaluesOfDefectiveMatrix() {
    // A Jordan block: one eigenvalue 0.5 of multiplicity three.
    let values = eigenvalues(of: Matrix([[0.5, 1, 0], [0, 0.5, 1], [0, 0, 0.5]]))
    #expect(values.allSatisfy { abs($0.real - 0.5) < 1e-12 })
    #expect(values.allSatisfy { $0.imaginary == 0 })
}

@Test func singularValuesOfSmallMatrices() {
    #expect(singularValues(of: Matrix([[3, 0], [0, -4]])) == [4, 3])
    let rankOne = singularValues(of: Matrix([[1, 1], [1, 1]]))
    #expect(abs(rankOne[0] - 2) < 1e-15)
    #expect(rankOne[1] < 1e-15)
    #expect(singularValues(of: Matrix([[1, 0, 0], [0, 2, 0]])) == [2, 1])
}

@Test func singularValuesMatchFrobeniusAndDeterminant() {
    let matrix = Matrix([[1, -2, 0.5], [3, 4, -1], [0.25, 2, 2]])
    let values = singularValues(of: matrix)
    let frobenius = matrix.entries.map { $0 * $0 }.reduce(0, +)
    // Cofactor expansion along the first row: 1 · 10 + 2 · 6.25 + 0.5 · 5 = 25.
    let determinant = 25.0
    #expect(values == values.sorted(by: >))
    #expect(abs(values.map { $0 * $0 }.reduce(0, +) - frobenius) < 1e-12)
    #expect(abs(values.reduce(1, *) - abs(determinant)) < 1e-12)
}

@Test func solveWithPivoting() throws {
    let x = try #require(solve(Matrix([[2, 1], [1, 3]]), [3, 5]))
    #expect(abs(x[0] - 0.8) < 1e-15)
    #expect(abs(x[1] - 1.4) < 1e-15)
    // A zero first pivot needs a row swap.
    #expect(solve(Matrix([[0, 1], [1, 0]]), [2, 3]) == [3, 2])
}

@Test func solveRejectsSingularMatrix() {
    #expect(solve(Matrix([[1, 2], [2, 4]]), [1, 2]) == nil)
    #expect(solve(Matrix([[1, 2], [2, 4 + 1e-14]]), [1, 2]) == nil)
}

@Test(arguments: [
    (InducedNorm.one, 6.0), (.infinity, 7.0), (.two, (15 + 125.0.squareRoot()).squareRoot()),
] as [(InducedNorm, Double)])
func operatorNormOfMatrix(norm: InducedNorm, expected: Double) {
    // ‖[[1, −2], [3, 4]]‖: column sums 4 and 6, row sums 3 and 7, AᵀA = [[10, 10], [10, 20]].
    #expect(abs(operatorNorm(Matrix([[1, -2], [3, 4]]), p: norm) - expected) < 1e-12)
}

@Test func eigenvaluesOfCyclicPermutation() {
    // The 4-cycle permutation has eigenvalues 1, i, −1, −i, all of modulus one, a case where
    // unshifted QR makes no progress.
    let values = eigenvalues(of: Matrix([[0, 0, 0, 1], [1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0]]))
    #expect(values.allSatisfy { abs(hypot($0.real, $0.imaginary) - 1) < 1e-12 })
    let (real, imaginary) = powerSum(values, 4)
    #expect(abs(real - 4) < 1e-10)
    #expect(abs(imaginary) < 1e-10)
    #expect(abs(powerSum(values, 1).0) < 1e-12)
}

@Test func eigenvaluePowerSumsForLargerMatrix() {
    let size = 10
    let entries = (0..<(size * size)).map { cos(Double($0) * 0.91 + 0.2) }
    let matrix = Matrix(rows: size, columns: size, entries: entries)
    let values = eigenvalues(of: matrix)
    var power = Matrix.identity(size)
    for k in 1...size {
        power = matrix * power
        let expected = trace(power)
        let scale = pow(max(1, spectralRadius(of: matrix)), Double(k)) * Double(size)
        #expect(abs(powerSum(values, k).0 - expected) <= 1e-10 * scale, "k = \(k)")
        #expect(abs(powerSum(values, k).1) <= 1e-10 * scale, "k = \(k)")
    }
}
