import Foundation
import SpecModel

extension Activation {
    /// σ(t).
    @inline(__always)
    public func apply(_ t: Double) -> Double {
        switch self {
        case .identity: t
        case .relu: t > 0 ? t : 0
        case .leakyReLU(let slope): t > 0 ? t : slope * t
        case .hardtanh: Swift.min(1, Swift.max(-1, t))
        case .tanh: Foundation.tanh(t)
        case .sigmoid: 1 / (1 + Foundation.exp(-t))
        case .softplus: t > 30 ? t + Foundation.log1p(Foundation.exp(-t)) : Foundation.log1p(Foundation.exp(t))
        case .cube: t * t * t
        case .sin: Foundation.sin(t)
        }
    }

    /// σ'(t). At a kink of a piecewise-linear activation this is the derivative from the
    /// side `rightSide` names; elsewhere the side does not matter.
    public func derivative(at t: Double, rightSide: Bool = true) -> Double {
        switch self {
        case .identity: return 1
        case .relu: return (t > 0 || (t == 0 && rightSide)) ? 1 : 0
        case .leakyReLU(let slope): return (t > 0 || (t == 0 && rightSide)) ? 1 : slope
        case .hardtanh:
            if t > -1 && t < 1 { return 1 }
            if t == -1 { return rightSide ? 1 : 0 }
            if t == 1 { return rightSide ? 0 : 1 }
            return 0
        case .tanh:
            let value = Foundation.tanh(t)
            return 1 - value * value
        case .sigmoid:
            let value = 1 / (1 + Foundation.exp(-t))
            return value * (1 - value)
        case .softplus: return 1 / (1 + Foundation.exp(-t))
        case .cube: return 3 * t * t
        case .sin: return Foundation.cos(t)
        }
    }

    /// The activation's slope on each of its linear pieces, left to right, for the
    /// piecewise-linear activations; `nil` for the others. Piece `k` lies between
    /// `kinks[k-1]` and `kinks[k]`.
    public var pieceSlopes: [Double]? {
        switch self {
        case .identity: [1]
        case .relu: [0, 1]
        case .leakyReLU(let slope): [slope, 1]
        case .hardtanh: [0, 1, 0]
        default: nil
        }
    }

    /// The activation's intercept on each linear piece, matching `pieceSlopes`.
    public var pieceIntercepts: [Double]? {
        switch self {
        case .identity, .relu, .leakyReLU: Array(repeating: 0, count: pieceSlopes!.count)
        case .hardtanh: [-1, 0, 1]
        default: nil
        }
    }
}
