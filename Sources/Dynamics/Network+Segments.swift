import SpecModel

/// A piece of a line on which a piecewise-linear network is affine: for `t` in
/// `lower...upper`, `f(x(t)) = offset + t * slope`. Ends may be infinite.
public struct AffineLinePiece: Sendable {
    public var lower: Double
    public var upper: Double
    public var offset: [Double]
    public var slope: [Double]

    /// Returns the network's value at the point `t` of the piece, for a finite `t`.
    public func value(at t: Double) -> [Double] {
        zip(offset, slope).map { $0 + t * $1 }
    }
}

extension Network {
    /// Splits the line `x(t) = base + t * direction`, for `t` in `lower...upper`, into the
    /// pieces on which the network is affine, and returns the network's map on each.
    ///
    /// On each layer a unit's pre-activation is affine in `t`, so it crosses each kink of
    /// its activation at most once. Splitting there leaves every unit on one linear piece.
    /// Returns `nil` for networks that are not piecewise linear, or when the pieces would
    /// exceed `maximumPieces`.
    public func affinePieces(
        alongLineThrough base: [Double], direction: [Double], from lower: Double, to upper: Double,
        maximumPieces: Int = 4096
    ) -> [AffineLinePiece]? {
        guard isPiecewiseLinear else { return nil }
        var pieces = [AffineLinePiece(lower: lower, upper: upper, offset: base, slope: direction)]
        for layer in layers {
            var next: [AffineLinePiece] = []
            for piece in pieces {
                next += split(piece, through: layer)
                if next.count > maximumPieces { return nil }
            }
            pieces = next
        }
        return pieces
    }

    /// Applies one layer to a piece, splitting it where a unit meets a kink.
    private func split(_ piece: AffineLinePiece, through layer: Layer) -> [AffineLinePiece] {
        let offset = zip(layer.weights * piece.offset, layer.bias).map { $0 + $1 }
        let slope = layer.weights * piece.slope

        var cuts: [Double] = []
        for unit in offset.indices where slope[unit] != 0 {
            for kink in layer.activation.kinks {
                let t = (kink - offset[unit]) / slope[unit]
                if t > piece.lower && t < piece.upper { cuts.append(t) }
            }
        }
        let ends = [piece.lower] + cuts.sorted() + [piece.upper]

        var result: [AffineLinePiece] = []
        for (lower, upper) in zip(ends, ends.dropFirst()) where lower < upper {
            let middle = midpoint(lower, upper)
            var newOffset = offset
            var newSlope = slope
            for unit in offset.indices {
                let z = offset[unit] + middle * slope[unit]
                let (gain, shift) = layer.activation.linearPiece(containing: z)
                newOffset[unit] = gain * offset[unit] + shift
                newSlope[unit] = gain * slope[unit]
            }
            result.append(AffineLinePiece(lower: lower, upper: upper, offset: newOffset, slope: newSlope))
        }
        return result
    }

    /// Returns a point strictly inside `lower...upper`, which may have infinite ends.
    private func midpoint(_ lower: Double, _ upper: Double) -> Double {
        switch (lower.isFinite, upper.isFinite) {
        case (true, true): (lower + upper) / 2
        case (true, false): lower + 1
        case (false, true): upper - 1
        case (false, false): 0
        }
    }
}

extension Activation {
    /// Returns the slope and intercept of the activation's linear piece that contains `z`.
    func linearPiece(containing z: Double) -> (slope: Double, intercept: Double) {
        let slopes = pieceSlopes ?? [1]
        let intercepts = pieceIntercepts ?? [0]
        let index = kinks.firstIndex { z < $0 } ?? kinks.count
        return (slopes[index], intercepts[index])
    }
}
