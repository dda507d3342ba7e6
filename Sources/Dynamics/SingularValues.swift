import Foundation

/// Computes the `min(rows, columns)` singular values of a matrix, in decreasing order.
///
/// Computed by one-sided Jacobi rotations (Hestenes' method): rotate pairs of columns until
/// all columns are orthogonal, and read the singular values off as the column norms. Its
/// relative accuracy is close to the conditioning allows, which rank decisions need.
public func singularValues(of matrix: Matrix) -> [Double] {
    // Orthogonalising the columns of the taller orientation gives the same nonzero values.
    let tall = matrix.rows >= matrix.columns ? matrix : matrix.transposed
    return jacobiDecomposition(of: tall).values
}

/// An induced matrix norm `‖A‖_p = max_{x ≠ 0} ‖Ax‖_p / ‖x‖_p`.
public enum InducedNorm: CaseIterable, Sendable, CustomStringConvertible {
    /// The maximum absolute column sum.
    case one
    /// The largest singular value.
    case two
    /// The maximum absolute row sum.
    case infinity

    /// The name a report uses, such as `∞-norm`.
    public var description: String {
        switch self {
        case .one: "1-norm"
        case .two: "2-norm"
        case .infinity: "∞-norm"
        }
    }

    /// The vector norm that induces it.
    func vectorNorm(_ vector: [Double]) -> Double {
        switch self {
        case .one: vector.reduce(0) { $0 + abs($1) }
        case .two: euclideanNorm(vector)
        case .infinity: vector.reduce(0) { max($0, abs($1)) }
        }
    }
}

/// Computes the operator norm of `matrix` induced by the vector `p`-norm.
public func operatorNorm(_ matrix: Matrix, p: InducedNorm) -> Double {
    switch p {
    case .one:
        return (0..<matrix.columns).map { j in (0..<matrix.rows).reduce(0) { $0 + abs(matrix[$1, j]) } }.max() ?? 0
    case .two:
        return singularValues(of: matrix).first ?? 0
    case .infinity:
        return (0..<matrix.rows).map { i in matrix.row(i).reduce(0) { $0 + abs($1) } }.max() ?? 0
    }
}

/// The result of one-sided Jacobi on the columns of `A` (`n` columns): `A V = U Σ`.
struct JacobiDecomposition {
    /// The `min(rows, columns)` largest column norms of `A V`, in decreasing order.
    var values: [Double]
    /// The norm of column `j` of `A V`, in the order of `rightVectors`.
    var columnNorms: [Double]
    /// `V`, orthogonal, `n × n`; column `j` is the right singular vector for `columnNorms[j]`.
    var rightVectors: Matrix
}

/// Rotates column pairs of `matrix` until they are orthogonal to working precision, keeping
/// the accumulated rotation `V`.
func jacobiDecomposition(of matrix: Matrix) -> JacobiDecomposition {
    let n = matrix.columns
    var columns = (0..<n).map { j in (0..<matrix.rows).map { matrix[$0, j] } }
    var v = Matrix.identity(n)
    let maximumSweeps = 60

    for _ in 0..<maximumSweeps {
        var rotated = false
        for i in 0..<n {
            for j in (i + 1)..<n {
                let alpha = dot(columns[i], columns[i])
                let beta = dot(columns[j], columns[j])
                let gamma = dot(columns[i], columns[j])
                // Skip pairs that are already orthogonal relative to their lengths.
                if gamma == 0 || abs(gamma) <= Double.ulpOfOne * (alpha * beta).squareRoot() { continue }
                rotated = true

                let zeta = (beta - alpha) / (2 * gamma)
                let t = (zeta >= 0 ? 1.0 : -1.0) / (abs(zeta) + (1 + zeta * zeta).squareRoot())
                let c = 1 / (1 + t * t).squareRoot()
                let s = c * t
                for k in columns[i].indices {
                    let (x, y) = (columns[i][k], columns[j][k])
                    columns[i][k] = c * x - s * y
                    columns[j][k] = s * x + c * y
                }
                for k in 0..<n {
                    let (x, y) = (v[k, i], v[k, j])
                    v[k, i] = c * x - s * y
                    v[k, j] = s * x + c * y
                }
            }
        }
        if !rotated { break }
    }

    let norms = columns.map(euclideanNorm)
    let values = Array(norms.sorted(by: >).prefix(min(matrix.rows, matrix.columns)))
    return JacobiDecomposition(values: values, columnNorms: norms, rightVectors: v)
}
