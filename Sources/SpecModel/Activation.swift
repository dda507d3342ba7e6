/// An activation function applied coordinate-wise after a layer's affine map.
public enum Activation: Hashable, Sendable, CustomStringConvertible {
    case identity
    case relu
    /// `t` for `t > 0`, `slope * t` otherwise.
    case leakyReLU(slope: Double)
    /// `min(1, max(-1, t))`.
    case hardtanh
    case tanh
    case sigmoid
    /// `log(1 + e^t)`.
    case softplus
    /// `t^3`.
    case cube
    case sin

    /// The slope `leaky_relu` takes when the spec writes no argument.
    public static let defaultLeakySlope = 0.01

    /// The names the spec language accepts, in the order messages list them.
    public static let names = [
        "identity", "relu", "leaky_relu", "hardtanh", "tanh", "sigmoid", "softplus", "cube", "sin",
    ]

    /// The spelling used in spec files, such as `leaky_relu(0.5)`.
    public var description: String {
        switch self {
        case .identity: "identity"
        case .relu: "relu"
        case .leakyReLU(let slope): "leaky_relu(\(formatNumber(slope)))"
        case .hardtanh: "hardtanh"
        case .tanh: "tanh"
        case .sigmoid: "sigmoid"
        case .softplus: "softplus"
        case .cube: "cube"
        case .sin: "sin"
        }
    }

    /// Every activation the spec language names is continuous.
    public var isContinuous: Bool { true }

    /// Whether `s <= t` implies `σ(s) <= σ(t)`. A leaky ReLU with a negative slope is not.
    public var isMonotoneIncreasing: Bool {
        switch self {
        case .leakyReLU(let slope): slope >= 0
        case .sin: false
        default: true
        }
    }

    /// Whether `s < t` implies `σ(s) < σ(t)`.
    public var isStrictlyIncreasing: Bool {
        switch self {
        case .leakyReLU(let slope): slope > 0
        case .relu, .hardtanh, .sin: false
        default: true
        }
    }

    /// Whether every real number is a value of the activation.
    public var isSurjective: Bool {
        switch self {
        case .identity, .cube: true
        case .leakyReLU(let slope): slope > 0
        default: false
        }
    }

    /// Whether the activation is affine on finitely many intervals.
    public var isPiecewiseLinear: Bool {
        switch self {
        case .identity, .relu, .leakyReLU, .hardtanh: true
        default: false
        }
    }

    /// The points where the activation's derivative jumps, in increasing order.
    public var kinks: [Double] {
        switch self {
        case .relu, .leakyReLU: [0]
        case .hardtanh: [-1, 1]
        default: []
        }
    }
}

/// Formats a number the shortest way that reads back to the same `Double`.
public func formatNumber(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 {
        return String(Int64(value))
    }
    return "\(value)"
}
