/// A dense real matrix stored row by row.
public struct Matrix: Equatable, Sendable, CustomStringConvertible {
    public let rows: Int
    public let columns: Int
    /// Entries in row-major order: entry (i, j) is `entries[i * columns + j]`.
    public var entries: [Double]

    public init(rows: Int, columns: Int, entries: [Double]) {
        precondition(entries.count == rows * columns, "a \(rows) × \(columns) matrix needs \(rows * columns) entries")
        self.rows = rows
        self.columns = columns
        self.entries = entries
    }

    public init(rows: Int, columns: Int, repeating value: Double = 0) {
        self.init(rows: rows, columns: columns, entries: [Double](repeating: value, count: rows * columns))
    }

    /// Creates a matrix from its rows, which must all have the same length.
    public init(_ rowValues: [[Double]]) {
        let columns = rowValues.first?.count ?? 0
        precondition(rowValues.allSatisfy { $0.count == columns }, "rows of different lengths")
        self.init(rows: rowValues.count, columns: columns, entries: rowValues.flatMap { $0 })
    }

    public static func identity(_ size: Int) -> Matrix {
        var matrix = Matrix(rows: size, columns: size)
        for i in 0..<size { matrix[i, i] = 1 }
        return matrix
    }

    public subscript(row: Int, column: Int) -> Double {
        get { entries[row * columns + column] }
        set { entries[row * columns + column] = newValue }
    }

    public var isSquare: Bool { rows == columns }

    public var transposed: Matrix {
        var result = Matrix(rows: columns, columns: rows)
        for i in 0..<rows {
            for j in 0..<columns { result[j, i] = self[i, j] }
        }
        return result
    }

    public static func * (lhs: Matrix, rhs: Matrix) -> Matrix {
        precondition(lhs.columns == rhs.rows, "cannot multiply \(lhs.rows) × \(lhs.columns) by \(rhs.rows) × \(rhs.columns)")
        var result = Matrix(rows: lhs.rows, columns: rhs.columns)
        for i in 0..<lhs.rows {
            for k in 0..<lhs.columns {
                let factor = lhs[i, k]
                if factor == 0 { continue }
                for j in 0..<rhs.columns { result[i, j] += factor * rhs[k, j] }
            }
        }
        return result
    }

    public static func * (lhs: Matrix, vector: [Double]) -> [Double] {
        precondition(lhs.columns == vector.count, "cannot multiply \(lhs.rows) × \(lhs.columns) by a vector of \(vector.count)")
        var result = [Double](repeating: 0, count: lhs.rows)
        for i in 0..<lhs.rows {
            var sum = 0.0
            for j in 0..<lhs.columns { sum += lhs[i, j] * vector[j] }
            result[i] = sum
        }
        return result
    }

    public static func - (lhs: Matrix, rhs: Matrix) -> Matrix {
        precondition(lhs.rows == rhs.rows && lhs.columns == rhs.columns, "matrix sizes differ")
        return Matrix(rows: lhs.rows, columns: lhs.columns, entries: zip(lhs.entries, rhs.entries).map { $0 - $1 })
    }

    public var description: String {
        "[" + (0..<rows).map { i in "[" + (0..<columns).map { "\(self[i, $0])" }.joined(separator: ", ") + "]" }
            .joined(separator: ", ") + "]"
    }
}
