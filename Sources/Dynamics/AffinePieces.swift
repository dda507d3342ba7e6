import SpecModel

/// A choice of linear piece for every unit of a piecewise-linear network: `pieces[l][i]`
/// indexes the pieces of layer `l`'s activation, left to right, for unit `i`.
struct ActivationPattern: Hashable, Sendable {
    var pieces: [[Int]]
}

/// The affine map `x ↦ linear · x + offset`.
struct AffineMap: Sendable {
    var linear: Matrix
    var offset: [Double]

    func apply(_ x: [Double]) -> [Double] {
        zip(linear * x, offset).map { $0 + $1 }
    }
}

/// How far a pre-activation may lie outside a piece and still count as on it:
/// `kinkSlack · max(1, |z|)`. It lets a fixed point on a kink be found from either side
/// despite rounding, and marks points that close to a kink as on it.
let kinkSlack = 1e-9

func slack(at z: Double) -> Double {
    kinkSlack * max(1, abs(z))
}

extension Activation {
    /// The closed interval where piece `k` applies, bounded by the kinks on either side.
    func pieceInterval(_ k: Int) -> ClosedRange<Double> {
        let lower = k == 0 ? -Double.infinity : kinks[k - 1]
        let upper = k == kinks.count ? Double.infinity : kinks[k]
        return lower...upper
    }

    /// The pieces whose interval comes within `reach` of `t`.
    func pieces(near t: Double, reach: Double) -> [Int] {
        (0...kinks.count).filter { k in
            let interval = pieceInterval(k)
            return t >= interval.lowerBound - reach && t <= interval.upperBound + reach
        }
    }

    /// The distance from `t` to the nearest kink that bounds piece `k`; infinite when none does.
    func distanceToBoundary(of k: Int, from t: Double) -> Double {
        let interval = pieceInterval(k)
        return min(abs(t - interval.lowerBound), abs(interval.upperBound - t))
    }
}

extension Network {
    /// The affine map that `f` equals wherever every unit is on the piece `pattern` names.
    func affineMap(for pattern: ActivationPattern) -> AffineMap {
        preActivationMaps(for: pattern).last.map { last in
            let layer = layers[layers.count - 1]
            return layerOutput(layer, pieces: pattern.pieces[layers.count - 1], preActivation: last)
        }!
    }

    /// For each layer, the affine map `x ↦ z_l` of its pre-activations under `pattern`.
    func preActivationMaps(for pattern: ActivationPattern) -> [AffineMap] {
        var current = AffineMap(linear: .identity(inputDimension), offset: [Double](repeating: 0, count: inputDimension))
        var maps: [AffineMap] = []
        for (index, layer) in layers.enumerated() {
            let preActivation = AffineMap(
                linear: layer.weights * current.linear,
                offset: zip(layer.weights * current.offset, layer.bias).map { $0 + $1 })
            maps.append(preActivation)
            current = layerOutput(layer, pieces: pattern.pieces[index], preActivation: preActivation)
        }
        return maps
    }

    private func layerOutput(_ layer: Layer, pieces: [Int], preActivation: AffineMap) -> AffineMap {
        let slopes = layer.activation.pieceSlopes!
        let intercepts = layer.activation.pieceIntercepts!
        return AffineMap(
            linear: preActivation.linear.scalingRows(by: pieces.map { slopes[$0] }),
            offset: pieces.indices.map { preActivation.offset[$0] * slopes[pieces[$0]] + intercepts[pieces[$0]] })
    }

    /// Whether every pre-activation at `x` lies on its piece of `pattern`, within the kink slack.
    func isConsistent(_ x: [Double], with pattern: ActivationPattern) -> Bool {
        for (index, z) in preActivations(x).enumerated() {
            let activation = layers[index].activation
            for (i, value) in z.enumerated() {
                let interval = activation.pieceInterval(pattern.pieces[index][i])
                let reach = slack(at: value)
                if value < interval.lowerBound - reach || value > interval.upperBound + reach { return false }
            }
        }
        return true
    }

    /// Whether some unit's pre-activation at `x` lies within the kink slack of a kink.
    func isOnKink(_ x: [Double]) -> Bool {
        for (index, z) in preActivations(x).enumerated() {
            let kinks = layers[index].activation.kinks
            if z.contains(where: { value in kinks.contains { abs(value - $0) <= slack(at: value) } }) { return true }
        }
        return false
    }

    /// For each unit, every piece its pre-activation can reach from a point within `radius` of
    /// `x`, bounded through the Lipschitz constants of the layers; with radius 0 these are the
    /// one-sided pieces at `x`. Requires a piecewise-linear network.
    func pieceChoices(near x: [Double], radius: Double) -> [[[Int]]] {
        var lipschitz = 1.0
        var choices: [[[Int]]] = []
        for (layer, z) in zip(layers, preActivations(x)) {
            let rowNorms = (0..<layer.width).map { euclideanNorm(layer.weights.row($0)) }
            choices.append(z.indices.map { i in
                layer.activation.pieces(near: z[i], reach: rowNorms[i] * lipschitz * radius + slack(at: z[i]))
            })
            let largestSlope = layer.activation.pieceSlopes!.map(abs).max()!
            lipschitz *= operatorNorm(layer.weights, p: .two) * largestSlope
        }
        return choices
    }

    /// The number of patterns `choices` allows, saturating at `Int.max`.
    func patternCount(_ choices: [[[Int]]]) -> Int {
        var count = 1
        for unit in choices.joined() {
            let (product, overflow) = count.multipliedReportingOverflow(by: unit.count)
            if overflow { return Int.max }
            count = product
        }
        return count
    }

    /// Every piece choice for every unit, for enumerating all of `f`'s affine pieces.
    var allPieceChoices: [[[Int]]] {
        layers.map { layer in
            let pieces = Array(0..<layer.activation.pieceSlopes!.count)
            return Array(repeating: pieces, count: layer.width)
        }
    }

    /// Calls `body` with each pattern `choices` allows and the affine map of `f` under it.
    /// Composes layer by layer, so patterns that share a prefix share its matrix products.
    ///
    /// With a `region`, a unit's piece is skipped when the unit's pre-activation, affine on the
    /// box under the pattern chosen so far, cannot reach that piece anywhere in the box. No
    /// point of the box agrees with a skipped pattern, so no fixed point there is lost.
    func forEachPiece(_ choices: [[[Int]]], within region: Box? = nil, _ body: (ActivationPattern, AffineMap) -> Void) {
        var pieces = layers.map { [Int](repeating: 0, count: $0.width) }
        let start = AffineMap(linear: .identity(inputDimension), offset: [Double](repeating: 0, count: inputDimension))
        withoutActuallyEscaping(body) { body in
            func visit(_ index: Int, _ map: AffineMap) {
                if index == layers.count {
                    body(ActivationPattern(pieces: pieces), map)
                    return
                }
                let layer = layers[index]
                let preActivation = AffineMap(
                    linear: layer.weights * map.linear,
                    offset: zip(layer.weights * map.offset, layer.bias).map { $0 + $1 })
                var units = choices[index]
                if let region {
                    units = reachablePieces(units, of: layer.activation, preActivation: preActivation, over: region)
                }
                // A unit with no piece left (its range is empty, or not a number after an
                // overflow) has no pattern to follow.
                if units.contains(where: \.isEmpty) { return }
                var counters = [Int](repeating: 0, count: units.count)
                repeat {
                    pieces[index] = counters.indices.map { units[$0][counters[$0]] }
                    visit(index + 1, layerOutput(layer, pieces: pieces[index], preActivation: preActivation))
                } while advance(&counters, limits: units.map(\.count))
            }
            visit(0, start)
        }
    }
}

/// Keeps, for each unit, the pieces that its pre-activation `z = P x + q` reaches for some `x`
/// in `region`, using the exact range of an affine function over a box.
private func reachablePieces(
    _ units: [[Int]], of activation: Activation, preActivation: AffineMap, over region: Box
) -> [[Int]] {
    units.indices.map { i in
        var (low, high) = (preActivation.offset[i], preActivation.offset[i])
        for (j, interval) in region.intervals.enumerated() {
            let weight = preActivation.linear[i, j]
            low += weight * (weight > 0 ? interval.lowerBound : interval.upperBound)
            high += weight * (weight > 0 ? interval.upperBound : interval.lowerBound)
        }
        let reach = slack(at: max(abs(low), abs(high)))
        return units[i].filter { piece in
            let interval = activation.pieceInterval(piece)
            return high >= interval.lowerBound - reach && low <= interval.upperBound + reach
        }
    }
}

/// Steps an odometer; `false` once every combination has been visited.
private func advance(_ counters: inout [Int], limits: [Int]) -> Bool {
    for i in counters.indices {
        counters[i] += 1
        if counters[i] < limits[i] { return true }
        counters[i] = 0
    }
    return false
}
