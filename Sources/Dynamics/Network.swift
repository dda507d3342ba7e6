import SpecModel

/// One layer of a built network, `x ↦ σ(W x + b)`.
public struct Layer: Equatable, Sendable {
    public let weights: Matrix
    public let bias: [Double]
    public let activation: Activation
    /// The weights as exact fractions, when every entry was written as a rational
    /// expression of decimal literals; lets ranks be decided exactly.
    public let exactWeights: [[Rational]]?

    public init(weights: Matrix, bias: [Double], activation: Activation, exactWeights: [[Rational]]? = nil) {
        precondition(bias.count == weights.rows, "bias length \(bias.count) differs from \(weights.rows) units")
        self.weights = weights
        self.bias = bias
        self.activation = activation
        self.exactWeights = exactWeights
    }

    /// The number of units, `d_l`.
    public var width: Int { weights.rows }
    public var inputWidth: Int { weights.columns }
}

/// A validated network `f: R^d → R^{d_L}`: dimensions agree and every number is finite.
public struct Network: Equatable, Sendable {
    public let layers: [Layer]

    public init(layers: [Layer]) {
        precondition(!layers.isEmpty, "a network has at least one layer")
        for (previous, next) in zip(layers, layers.dropFirst()) {
            precondition(previous.width == next.inputWidth, "layer widths do not chain")
        }
        self.layers = layers
    }

    /// `d`, the input dimension.
    public var inputDimension: Int { layers[0].inputWidth }
    public var outputDimension: Int { layers[layers.count - 1].width }
    /// Whether `f` maps `R^d` to itself, so that it can be iterated.
    public var isAutoencoder: Bool { inputDimension == outputDimension }
    /// `max_l d_l`.
    public var width: Int { layers.map(\.width).max()! }
    public var depth: Int { layers.count }
    /// Whether every activation is piecewise linear, so that `f` is piecewise affine.
    public var isPiecewiseLinear: Bool { layers.allSatisfy { $0.activation.isPiecewiseLinear } }

    /// f(x). Allocates; the basin map has its own allocation-free kernel.
    public func evaluate(_ x: [Double]) -> [Double] {
        var current = x
        for layer in layers {
            var next = layer.weights * current
            for i in next.indices { next[i] = layer.activation.apply(next[i] + layer.bias[i]) }
            current = next
        }
        return current
    }

    /// The pre-activations `W_l x_{l-1} + b_l` of every layer at `x`, in order.
    public func preActivations(_ x: [Double]) -> [[Double]] {
        var current = x
        var result: [[Double]] = []
        for layer in layers {
            var z = layer.weights * current
            for i in z.indices { z[i] += layer.bias[i] }
            result.append(z)
            current = z.map(layer.activation.apply)
        }
        return result
    }

    /// The Jacobian `Df(x)`, taking right-hand derivatives at kinks.
    public func jacobian(at x: [Double]) -> Matrix {
        var product = Matrix.identity(inputDimension)
        for (layer, z) in zip(layers, preActivations(x)) {
            var scaled = layer.weights
            for i in 0..<scaled.rows {
                let slope = layer.activation.derivative(at: z[i])
                for j in 0..<scaled.columns { scaled[i, j] *= slope }
            }
            product = scaled * product
        }
        return product
    }
}
