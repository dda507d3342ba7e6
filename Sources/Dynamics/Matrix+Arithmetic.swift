/// Small matrix operations the analyses share; internal because `Matrix` keeps a minimal public API.
extension Matrix {
    /// The largest absolute value of an entry; 0 for an empty matrix.
    var maximumAbsoluteEntry: Double {
        entries.reduce(0) { Swift.max($0, Swift.abs($1)) }
    }

    /// Row `i` as an array.
    func row(_ i: Int) -> [Double] {
        Array(entries[(i * columns)..<((i + 1) * columns)])
    }

    static func + (lhs: Matrix, rhs: Matrix) -> Matrix {
        precondition(lhs.rows == rhs.rows && lhs.columns == rhs.columns, "matrix sizes differ")
        return Matrix(rows: lhs.rows, columns: lhs.columns, entries: zip(lhs.entries, rhs.entries).map { $0 + $1 })
    }

    /// The matrix with row `i` multiplied by `factors[i]`, that is `diag(factors) · self`.
    func scalingRows(by factors: [Double]) -> Matrix {
        var result = self
        for i in 0..<rows {
            for j in 0..<columns { result[i, j] *= factors[i] }
        }
        return result
    }

    /// `self - shift · I` for a square matrix.
    func shiftedDiagonal(by shift: Double) -> Matrix {
        var result = self
        for i in 0..<Swift.min(rows, columns) { result[i, i] -= shift }
        return result
    }
}

/// The Euclidean norm of a vector.
func euclideanNorm(_ vector: [Double]) -> Double {
    // Scale by the largest entry so that squares neither overflow nor underflow.
    let scale = vector.reduce(0) { max($0, abs($1)) }
    guard scale > 0, scale.isFinite else { return scale }
    let sum = vector.reduce(0) { $0 + ($1 / scale) * ($1 / scale) }
    return scale * sum.squareRoot()
}

/// The Euclidean distance between two points of the same dimension.
func euclideanDistance(_ a: [Double], _ b: [Double]) -> Double {
    euclideanNorm(zip(a, b).map { $0 - $1 })
}

func dot(_ a: [Double], _ b: [Double]) -> Double {
    zip(a, b).reduce(0) { $0 + $1.0 * $1.1 }
}
