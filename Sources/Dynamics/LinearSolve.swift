/// The solution of `a x = b` by Gaussian elimination with partial pivoting, or `nil` when
/// `a` is singular relative to the tolerance.
///
/// `a` counts as singular when some pivot has magnitude at most `relativeTolerance · scale`,
/// where `scale` defaults to the largest absolute entry of `a`. Pass a larger `scale` when `a`
/// is a difference such as `A − I`, whose own entries may all be rounding noise.
public func solve(_ a: Matrix, _ b: [Double], relativeTolerance: Double = 1e-12, scale: Double? = nil) -> [Double]? {
    precondition(a.isSquare && a.rows == b.count, "solve needs a square matrix and a right-hand side of matching size")
    let n = a.rows
    let threshold = relativeTolerance * (scale ?? a.maximumAbsoluteEntry)
    var m = a
    var x = b

    for k in 0..<n {
        let pivotRow = (k..<n).max { abs(m[$0, k]) < abs(m[$1, k]) }!
        guard abs(m[pivotRow, k]) > threshold, m[pivotRow, k].isFinite else { return nil }
        if pivotRow != k {
            for j in 0..<n { (m[k, j], m[pivotRow, j]) = (m[pivotRow, j], m[k, j]) }
            x.swapAt(k, pivotRow)
        }
        for i in (k + 1)..<n {
            let factor = m[i, k] / m[k, k]
            if factor == 0 { continue }
            for j in k..<n { m[i, j] -= factor * m[k, j] }
            x[i] -= factor * x[k]
        }
    }

    for k in stride(from: n - 1, through: 0, by: -1) {
        var sum = x[k]
        for j in (k + 1)..<n { sum -= m[k, j] * x[j] }
        x[k] = sum / m[k, k]
    }
    return x
}

/// Every solution of `a x = b`: one particular solution and a basis of the null space of `a`.
struct AffineSolutionSet {
    var particular: [Double]
    /// Linearly independent directions `v` with `a v ≈ 0`; empty when the solution is unique.
    var directions: [[Double]]
}

/// Solves `a x = b` by reduction to row echelon form with partial pivoting, treating pivots at
/// most `relativeTolerance · scale` as zero; `nil` when the system is inconsistent, meaning a
/// zero row whose right-hand side exceeds `relativeTolerance · max(scale, ‖b‖∞)` times 1000.
func solutionSet(_ a: Matrix, _ b: [Double], relativeTolerance: Double, scale: Double) -> AffineSolutionSet? {
    let (rows, columns) = (a.rows, a.columns)
    let threshold = relativeTolerance * scale
    var m = a
    var rhs = b
    var pivotColumns: [Int] = []

    var row = 0
    for column in 0..<columns where row < rows {
        let pivotRow = (row..<rows).max { abs(m[$0, column]) < abs(m[$1, column]) }!
        guard abs(m[pivotRow, column]) > threshold else {
            for i in row..<rows { m[i, column] = 0 }
            continue
        }
        if pivotRow != row {
            for j in 0..<columns { (m[row, j], m[pivotRow, j]) = (m[pivotRow, j], m[row, j]) }
            rhs.swapAt(row, pivotRow)
        }
        let pivot = m[row, column]
        for j in 0..<columns { m[row, j] /= pivot }
        rhs[row] /= pivot
        for i in 0..<rows where i != row {
            let factor = m[i, column]
            if factor == 0 { continue }
            for j in 0..<columns { m[i, j] -= factor * m[row, j] }
            rhs[i] -= factor * rhs[row]
        }
        pivotColumns.append(column)
        row += 1
    }

    // Rows without a pivot read `0 = rhs`, which must hold to tolerance.
    let consistencyThreshold = 1000 * relativeTolerance * max(scale, b.reduce(0) { max($0, abs($1)) })
    for i in row..<rows where abs(rhs[i]) > consistencyThreshold { return nil }

    var particular = [Double](repeating: 0, count: columns)
    for (i, column) in pivotColumns.enumerated() { particular[column] = rhs[i] }

    let freeColumns = (0..<columns).filter { !pivotColumns.contains($0) }
    let directions = freeColumns.map { free -> [Double] in
        var direction = [Double](repeating: 0, count: columns)
        direction[free] = 1
        for (i, column) in pivotColumns.enumerated() { direction[column] = -m[i, free] }
        return direction
    }
    return AffineSolutionSet(particular: particular, directions: directions)
}
