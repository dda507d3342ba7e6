import SpecModel

/// The rank of a weight matrix, and how it was decided.
public struct RankResult: Equatable, Sendable {
    public var rank: Int
    /// Whether the rank came from exact rational elimination, rather than singular values.
    public var isExact: Bool
    /// The absolute threshold below which a singular value counted as zero; `nil` when exact.
    public var tolerance: Double?
    /// The singular values in decreasing order, computed in floating point either way.
    public var singularValues: [Double]
}

/// The relative factor in the floating-point rank rule: a singular value counts as zero when
/// it is at most `max(rows, columns) · ε · σ_max`, the rule NumPy's `matrix_rank` uses.
func rankTolerance(rows: Int, columns: Int, largestSingularValue: Double) -> Double {
    Double(max(rows, columns)) * Double.ulpOfOne * largestSingularValue
}

/// Computes the rank of a layer's weights: exact when the spec wrote every weight as a fraction of
/// decimals and rational elimination does not overflow 64 bits, otherwise from singular values
/// with the tolerance `max(rows, columns) · ε · σ_max`.
public func rank(of layer: Layer) -> RankResult {
    let values = singularValues(of: layer.weights)
    if let exact = layer.exactWeights, let echelon = exactRowEchelon(exact) {
        return RankResult(rank: echelon.pivotColumns.count, isExact: true, tolerance: nil, singularValues: values)
    }
    return rank(of: layer.weights)
}

/// Computes the floating-point rank of a matrix, with the tolerance `max(rows, columns) · ε · σ_max`.
public func rank(of matrix: Matrix) -> RankResult {
    let values = singularValues(of: matrix)
    let tolerance = rankTolerance(rows: matrix.rows, columns: matrix.columns, largestSingularValue: values.first ?? 0)
    let count = values.filter { $0 > tolerance }.count
    return RankResult(rank: count, isExact: false, tolerance: tolerance, singularValues: values)
}

/// A nonzero vector `v` with `W v = 0`.
public struct NullSpaceVector: Equatable, Sendable {
    /// The vector in floating point; equal to `exact` when that is present.
    public var vector: [Double]
    /// The vector as exact fractions, when the weights were exact and elimination did not overflow.
    public var exact: [Rational]?

    public var isExact: Bool { exact != nil }
}

/// Finds a vector in the null space of a layer's weights, or `nil` when they have full column rank.
///
/// Used for the witness of Theorem 2.1 (Beise and Dias Da Cruz): moving along such a direction
/// does not change the layer's output. The exact vector sets one free variable of the reduced
/// row echelon form to 1; the floating-point one is the unit right singular vector of the
/// smallest singular value, accepted when that value is within the rank tolerance.
public func nullSpaceVector(of layer: Layer) -> NullSpaceVector? {
    if let exact = layer.exactWeights, let echelon = exactRowEchelon(exact) {
        let columns = layer.weights.columns
        guard let free = (0..<columns).first(where: { !echelon.pivotColumns.contains($0) }) else { return nil }
        var vector = [Rational](repeating: .zero, count: columns)
        vector[free] = .one
        for (row, column) in echelon.pivotColumns.enumerated() { vector[column] = -echelon.rows[row][free] }
        return NullSpaceVector(vector: vector.map(\.doubleValue), exact: vector)
    }
    return nullSpaceVector(of: layer.weights).map { NullSpaceVector(vector: $0, exact: nil) }
}

/// Finds a unit vector `v` with `‖M v‖₂` within the rank tolerance, or `nil` when `M` has full
/// column rank by that tolerance.
public func nullSpaceVector(of matrix: Matrix) -> [Double]? {
    let decomposition = jacobiDecomposition(of: matrix)
    let tolerance = rankTolerance(
        rows: matrix.rows, columns: matrix.columns,
        largestSingularValue: decomposition.columnNorms.max() ?? 0)
    guard let smallest = decomposition.columnNorms.indices.min(by: {
        decomposition.columnNorms[$0] < decomposition.columnNorms[$1]
    }) else { return nil }

    // Wide matrices always have a null space; square and tall ones only below the tolerance.
    let hasNullSpace = matrix.columns > matrix.rows || decomposition.columnNorms[smallest] <= tolerance
    guard hasNullSpace else { return nil }
    return (0..<matrix.columns).map { decomposition.rightVectors[$0, smallest] }
}

/// The reduced row echelon form of an exact matrix and its pivot columns.
struct ExactEchelon {
    var rows: [[Rational]]
    var pivotColumns: [Int]
}

/// Gauss–Jordan elimination in exact fractions; `nil` as soon as an operation overflows.
func exactRowEchelon(_ matrix: [[Rational]]) -> ExactEchelon? {
    var rows = matrix
    let columnCount = rows.first?.count ?? 0
    var pivotColumns: [Int] = []
    var pivotRow = 0

    for column in 0..<columnCount where pivotRow < rows.count {
        guard let found = (pivotRow..<rows.count).first(where: { !rows[$0][column].isZero }) else { continue }
        rows.swapAt(pivotRow, found)

        let pivot = rows[pivotRow][column]
        for j in 0..<columnCount {
            guard let scaled = rows[pivotRow][j] / pivot else { return nil }
            rows[pivotRow][j] = scaled
        }
        for i in rows.indices where i != pivotRow && !rows[i][column].isZero {
            let factor = rows[i][column]
            for j in 0..<columnCount {
                guard let product = factor * rows[pivotRow][j], let difference = rows[i][j] - product else { return nil }
                rows[i][j] = difference
            }
        }
        pivotColumns.append(column)
        pivotRow += 1
    }
    return ExactEchelon(rows: rows, pivotColumns: pivotColumns)
}
