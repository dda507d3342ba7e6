import Foundation

/// Computes the eigenvalues of a real square matrix, sorted by decreasing modulus, then by real
/// part, then by imaginary part.
///
/// Sizes 1 and 2 use the closed form. Larger matrices are reduced to upper Hessenberg form by
/// Householder reflections and then deflated by the complex single-shift QR algorithm with
/// Wilkinson shifts (Golub and Van Loan, *Matrix Computations*, sections 7.4–7.5). Complex
/// arithmetic lets one shift reach a complex eigenvalue, at the price that the two members of
/// a conjugate pair agree only to rounding. An eigenvalue whose imaginary part is below
/// `16 ε ‖A‖` is reported as real.
///
/// NOTE: the matrix is not balanced first, so badly scaled matrices lose accuracy.
public func eigenvalues(of matrix: Matrix) -> [(real: Double, imaginary: Double)] {
    precondition(matrix.isSquare, "eigenvalues need a square matrix, not \(matrix.rows) × \(matrix.columns)")
    let values: [ComplexNumber]
    switch matrix.rows {
    case 0: values = []
    case 1: values = [ComplexNumber(matrix[0, 0], 0)]
    case 2: values = eigenvaluesOfTwoByTwo(matrix)
    default: values = eigenvaluesByQR(hessenbergForm(matrix))
    }

    let snap = 16 * Double.ulpOfOne * max(matrix.maximumAbsoluteEntry, Double.leastNormalMagnitude)
    let cleaned = values.map { abs($0.imaginary) <= snap ? ComplexNumber($0.real, 0) : $0 }
    return cleaned.sorted(by: precedes).map { (real: $0.real, imaginary: $0.imaginary) }
}

/// Returns the spectral radius `ρ(A) = max |λ|`, which is 0 for an empty matrix.
public func spectralRadius(of matrix: Matrix) -> Double {
    eigenvalues(of: matrix).reduce(0) { max($0, hypot($1.real, $1.imaginary)) }
}

private func precedes(_ a: ComplexNumber, _ b: ComplexNumber) -> Bool {
    let (moduleA, moduleB) = (a.modulus, b.modulus)
    if moduleA != moduleB { return moduleA > moduleB }
    if a.real != b.real { return a.real > b.real }
    return a.imaginary > b.imaginary
}

/// Roots of `λ² − trace λ + det`, with the real pair computed without cancellation.
private func eigenvaluesOfTwoByTwo(_ m: Matrix) -> [ComplexNumber] {
    let (a, b, c, d) = (m[0, 0], m[0, 1], m[1, 0], m[1, 1])
    let halfTrace = (a + d) / 2
    let halfGap = (a - d) / 2
    let discriminant = halfGap * halfGap + b * c
    if discriminant >= 0 {
        let root = discriminant.squareRoot()
        let larger = halfTrace + (halfTrace >= 0 ? root : -root)
        // The other root from the product `det = larger · other`, unless both are zero.
        let determinant = a * d - b * c
        let other = larger == 0 ? halfTrace - root : determinant / larger
        return [ComplexNumber(larger, 0), ComplexNumber(other, 0)]
    }
    let root = (-discriminant).squareRoot()
    return [ComplexNumber(halfTrace, root), ComplexNumber(halfTrace, -root)]
}

/// Reduces a matrix to an orthogonally similar upper Hessenberg one by Householder reflections.
private func hessenbergForm(_ matrix: Matrix) -> Matrix {
    var h = matrix
    let n = h.rows
    for k in 0..<max(0, n - 2) {
        // The reflection `I − 2 v vᵀ / vᵀv` maps h[k+1..., k] onto a multiple of e₁.
        var v = (k + 1..<n).map { h[$0, k] }
        let alpha = euclideanNorm(v)
        if alpha == 0 { continue }
        v[0] += v[0] >= 0 ? alpha : -alpha
        let vNormSquared = dot(v, v)
        if vNormSquared == 0 { continue }

        for j in 0..<n {
            var projection = 0.0
            for (offset, i) in (k + 1..<n).enumerated() { projection += v[offset] * h[i, j] }
            let factor = 2 * projection / vNormSquared
            for (offset, i) in (k + 1..<n).enumerated() { h[i, j] -= factor * v[offset] }
        }
        for i in 0..<n {
            var projection = 0.0
            for (offset, j) in (k + 1..<n).enumerated() { projection += h[i, j] * v[offset] }
            let factor = 2 * projection / vNormSquared
            for (offset, j) in (k + 1..<n).enumerated() { h[i, j] -= factor * v[offset] }
        }
        for i in (k + 2)..<n { h[i, k] = 0 }
    }
    return h
}

/// Eigenvalues of an upper Hessenberg matrix by shifted QR steps on the active window
/// `low...high`, deflating whenever a subdiagonal entry becomes negligible.
private func eigenvaluesByQR(_ hessenberg: Matrix) -> [ComplexNumber] {
    let n = hessenberg.rows
    var h = (0..<n).map { i in (0..<n).map { j in ComplexNumber(hessenberg[i, j], 0) } }
    var values: [ComplexNumber] = []
    var high = n - 1
    var iterationsSinceDeflation = 0
    let maximumIterations = 60 * n

    var totalIterations = 0
    while high >= 0 {
        if high == 0 {
            values.append(h[0][0])
            break
        }

        // Find the start of the unreduced block that ends at `high`.
        var low = high
        while low > 0 {
            let scale = h[low][low].modulus + h[low - 1][low - 1].modulus
            if h[low][low - 1].modulus <= Double.ulpOfOne * scale {
                h[low][low - 1] = ComplexNumber(0, 0)
                break
            }
            low -= 1
        }
        if low == high {
            values.append(h[high][high])
            high -= 1
            iterationsSinceDeflation = 0
            continue
        }

        totalIterations += 1
        iterationsSinceDeflation += 1
        if totalIterations > maximumIterations {
            // NOTE: QR did not converge; the remaining diagonal is returned as the best estimate.
            for i in stride(from: high, through: 0, by: -1) { values.append(h[i][i]) }
            break
        }
        let shift = iterationsSinceDeflation % 11 == 10
            ? exceptionalShift(h, high: high)
            : wilkinsonShift(h, high: high)
        qrStep(&h, low: low, high: high, shift: shift)
    }
    return values
}

/// Returns the eigenvalue of the trailing 2 × 2 block that is closer to its last diagonal entry.
private func wilkinsonShift(_ h: [[ComplexNumber]], high: Int) -> ComplexNumber {
    let (a, b, c, d) = (h[high - 1][high - 1], h[high - 1][high], h[high][high - 1], h[high][high])
    let half = (a - d) * ComplexNumber(0.5, 0)
    let root = (half * half + b * c).squareRoot()
    let first = d - b * c / (half + root).nonzero
    let second = d - b * c / (half - root).nonzero
    return (first - d).modulus <= (second - d).modulus ? first : second
}

/// A shift away from the Wilkinson one, to break the rare cycles that stall plain shifts.
private func exceptionalShift(_ h: [[ComplexNumber]], high: Int) -> ComplexNumber {
    let size = h[high][high - 1].modulus + (high >= 2 ? h[high - 1][high - 2].modulus : 0)
    return h[high][high] + ComplexNumber(0.75 * size, 0.5 * size)
}

/// Performs one QR step `H − μI = QR`, `H ← RQ + μI` on the window, with Givens rotations.
private func qrStep(_ h: inout [[ComplexNumber]], low: Int, high: Int, shift: ComplexNumber) {
    for i in low...high { h[i][i] = h[i][i] - shift }

    var rotations: [(c: Double, s: ComplexNumber)] = []
    for k in low..<high {
        let rotation = givens(h[k][k], h[k + 1][k])
        rotations.append(rotation)
        for j in k...high {
            let (x, y) = (h[k][j], h[k + 1][j])
            h[k][j] = x * rotation.c + rotation.s * y
            h[k + 1][j] = y * rotation.c - rotation.s.conjugate * x
        }
    }
    for (offset, rotation) in rotations.enumerated() {
        let k = low + offset
        for i in low...min(k + 2, high) {
            let (x, y) = (h[i][k], h[i][k + 1])
            h[i][k] = x * rotation.c + y * rotation.s.conjugate
            h[i][k + 1] = y * rotation.c - x * rotation.s
        }
    }

    for i in low...high { h[i][i] = h[i][i] + shift }
}

/// The rotation `[[c, s], [−s̄, c]]` with real `c` that maps `(a, b)` to `(r, 0)`.
private func givens(_ a: ComplexNumber, _ b: ComplexNumber) -> (c: Double, s: ComplexNumber) {
    let norm = hypot(a.modulus, b.modulus)
    if norm == 0 { return (1, ComplexNumber(0, 0)) }
    if a.modulus == 0 { return (0, ComplexNumber(1, 0)) }
    let phase = a * ComplexNumber(1 / a.modulus, 0)
    return (a.modulus / norm, phase * b.conjugate * ComplexNumber(1 / norm, 0))
}

/// A complex number for the QR iteration; the public API reports pairs of doubles instead.
struct ComplexNumber: Equatable {
    var real: Double
    var imaginary: Double

    init(_ real: Double, _ imaginary: Double) {
        self.real = real
        self.imaginary = imaginary
    }

    var modulus: Double { hypot(real, imaginary) }
    var conjugate: ComplexNumber { ComplexNumber(real, -imaginary) }

    /// The number itself, or the smallest normal number when it is zero, so that a division
    /// by it stays finite.
    var nonzero: ComplexNumber { modulus == 0 ? ComplexNumber(Double.leastNormalMagnitude, 0) : self }

    static func + (a: ComplexNumber, b: ComplexNumber) -> ComplexNumber {
        ComplexNumber(a.real + b.real, a.imaginary + b.imaginary)
    }

    static func - (a: ComplexNumber, b: ComplexNumber) -> ComplexNumber {
        ComplexNumber(a.real - b.real, a.imaginary - b.imaginary)
    }

    static func * (a: ComplexNumber, b: ComplexNumber) -> ComplexNumber {
        ComplexNumber(a.real * b.real - a.imaginary * b.imaginary, a.real * b.imaginary + a.imaginary * b.real)
    }

    static func * (a: ComplexNumber, b: Double) -> ComplexNumber {
        ComplexNumber(a.real * b, a.imaginary * b)
    }

    static func / (a: ComplexNumber, b: ComplexNumber) -> ComplexNumber {
        // Smith's algorithm avoids overflow in |b|².
        if abs(b.real) >= abs(b.imaginary) {
            let ratio = b.imaginary / b.real
            let denominator = b.real + b.imaginary * ratio
            return ComplexNumber((a.real + a.imaginary * ratio) / denominator, (a.imaginary - a.real * ratio) / denominator)
        }
        let ratio = b.real / b.imaginary
        let denominator = b.real * ratio + b.imaginary
        return ComplexNumber((a.real * ratio + a.imaginary) / denominator, (a.imaginary * ratio - a.real) / denominator)
    }

    /// The principal square root.
    func squareRoot() -> ComplexNumber {
        let size = modulus
        if size == 0 { return ComplexNumber(0, 0) }
        let realPart = ((size + abs(real)) / 2).squareRoot()
        if real >= 0 { return ComplexNumber(realPart, imaginary / (2 * realPart)) }
        return ComplexNumber(abs(imaginary) / (2 * realPart), imaginary >= 0 ? realPart : -realPart)
    }
}
