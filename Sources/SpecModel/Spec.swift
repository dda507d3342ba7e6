/// A spec file's content: a network, how to analyse it, and what its author expects of it.
///
/// Both front ends (YAML and the text form) produce this model; everything after parsing
/// works on it alone. Every value that a claim or a message can point at keeps its location.
public struct Spec: Equatable, Sendable {
    /// The format version the file declares (`spec: 1`), when it declares one.
    public var version: Located<Int>?
    public var name: Located<String>
    public var description: String?
    public var network: NetworkSpec
    public var analysis: AnalysisSettings
    public var expectations: Expectations

    public init(
        version: Located<Int>? = nil,
        name: Located<String>,
        description: String? = nil,
        network: NetworkSpec,
        analysis: AnalysisSettings = AnalysisSettings(),
        expectations: Expectations = Expectations()
    ) {
        self.version = version
        self.name = name
        self.description = description
        self.network = network
        self.analysis = analysis
        self.expectations = expectations
    }
}

/// The network as written: dimensions, a default activation and the layers in order.
public struct NetworkSpec: Equatable, Sendable {
    /// `d`, the input dimension.
    public var input: Located<Int>
    /// The output dimension when the file states it; an autoencoder's equals `input`.
    public var output: Located<Int>?
    /// The activation of every layer that names none of its own.
    public var activation: Located<Activation>?
    public var layers: [LayerSpec]
    /// The position of the `network` key, for problems with the network as a whole.
    public var location: SourceLocation

    public init(
        input: Located<Int>,
        output: Located<Int>? = nil,
        activation: Located<Activation>? = nil,
        layers: [LayerSpec],
        location: SourceLocation
    ) {
        self.input = input
        self.output = output
        self.activation = activation
        self.layers = layers
        self.location = location
    }

    public static func == (lhs: NetworkSpec, rhs: NetworkSpec) -> Bool {
        lhs.input == rhs.input && lhs.output == rhs.output && lhs.activation == rhs.activation
            && lhs.layers == rhs.layers
    }
}

/// One layer, `σ(W x + b)`.
public struct LayerSpec: Equatable, Sendable {
    public var weights: Located<Weights>
    /// The bias when the file gives one; zeros otherwise.
    public var bias: Located<[Scalar]>?
    /// This layer's activation when it overrides the network's default.
    public var activation: Located<Activation>?
    /// The position where the layer's entry starts.
    public var location: SourceLocation

    public init(
        weights: Located<Weights>,
        bias: Located<[Scalar]>? = nil,
        activation: Located<Activation>? = nil,
        location: SourceLocation
    ) {
        self.weights = weights
        self.bias = bias
        self.activation = activation
        self.location = location
    }

    public static func == (lhs: LayerSpec, rhs: LayerSpec) -> Bool {
        lhs.weights == rhs.weights && lhs.bias == rhs.bias && lhs.activation == rhs.activation
    }
}

/// A weight matrix, written out or by a shorthand.
public enum Weights: Equatable, Sendable {
    /// Rows of the matrix: one row per unit of the layer, one column per input.
    case matrix([[Scalar]])
    /// The identity matrix of the size the layer's input gives.
    case identity
    /// `scale` times the 2 × 2 rotation by `degrees` counter-clockwise.
    case rotation(degrees: Scalar, scale: Scalar)
}

/// The settings of the verifier's sampling of the network. Every setting is optional, and
/// the verifier chooses and reports defaults for those that are absent.
public struct AnalysisSettings: Equatable, Sendable {
    /// One closed interval `[low, high]` per coordinate: the box where basins are mapped.
    public var region: Located<[ClosedRange<Double>]>?
    /// Grid points per axis: one value for every axis, or one per axis.
    public var resolution: Located<[Int]>?
    /// The iteration budget per starting point.
    public var iterations: Located<Int>?
    /// The distance at which an orbit counts as converged.
    public var tolerance: Located<Double>?
    /// How far a claimed point may lie from the fixed point it names.
    public var pointTolerance: Located<Double>?
    /// The seed of every random choice.
    public var seed: Located<UInt64>?

    public init(
        region: Located<[ClosedRange<Double>]>? = nil,
        resolution: Located<[Int]>? = nil,
        iterations: Located<Int>? = nil,
        tolerance: Located<Double>? = nil,
        pointTolerance: Located<Double>? = nil,
        seed: Located<UInt64>? = nil
    ) {
        self.region = region
        self.resolution = resolution
        self.iterations = iterations
        self.tolerance = tolerance
        self.pointTolerance = pointTolerance
        self.seed = seed
    }
}
