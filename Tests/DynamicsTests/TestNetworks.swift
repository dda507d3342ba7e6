import Dynamics
import Foundation
import SpecModel
import Testing

/// Small networks whose fixed points and stability are derived by hand in the tests.
enum TestNetworks {
    /// `f(x) = x³` on the line: fixed points −1, 0, 1 (Example 2.7 of Beise and Dias Da Cruz).
    static let cube = Network(layers: [layer([[1]], [0], .cube)])

    /// `f(x) = σ(x) + σ(−x)` with `σ = leaky_relu(0.5)`, which is `0.5 |x|`.
    static let leakyWidthTwo = Network(layers: [
        layer([[1], [-1]], [0, 0], .leakyReLU(slope: 0.5)),
        layer([[1, 1]], [0], .identity),
    ])

    /// `4 (σ(x) + σ(−x))` with `σ = leaky_relu(0.5)`, which is `2 |x|`: 0 repels along both sides.
    static let leakyExpanding = Network(layers: [
        layer([[1], [-1]], [0, 0], .leakyReLU(slope: 0.5)),
        layer([[4, 4]], [0], .identity),
    ])

    /// `−2x` for `x > 0` and `−0.1x` for `x < 0`: neither piece contracts alone in every norm,
    /// but two steps multiply by 0.2, so 0 attracts.
    static let alternatingSlopes = Network(layers: [
        layer([[1], [-1]], [0, 0], .relu),
        layer([[-2, 0.1]], [0], .identity),
    ])

    /// `hardtanh(2x)` in each coordinate of the plane: fixed points with coordinates in
    /// {−1, 0, 1}; the four corners are super-attractive.
    static let hardtanhPlane = Network(layers: [layer([[2, 0], [0, 2]], [0, 0], .hardtanh)])

    /// The rotation by 90° scaled by 0.5, plus the bias (1, 0): fixed point (0.8, 0.4).
    static let scaledRotation = Network(layers: [layer([[0, -0.5], [0.5, 0]], [1, 0], .identity)])

    /// `f(x) = −tanh(2x)`: the fixed point 0 repels and a 2-cycle ±a with `tanh(2a) = a` attracts.
    static let negativeTanh = Network(layers: [layer([[-2]], [0], .tanh)])

    /// `f(x) = hardtanh(−2x)`: the 2-cycle ±1 is super-attractive.
    static let negativeHardtanh = Network(layers: [layer([[-2]], [0], .hardtanh)])

    static func layer(_ weights: [[Double]], _ bias: [Double], _ activation: Activation) -> Layer {
        Layer(weights: Matrix(weights), bias: bias, activation: activation)
    }

    /// The trained autoencoder of `trainedAutoencoderJSON` and its recorded checks.
    static func trainedAutoencoder() throws -> (network: Network, checks: [(point: [Double], spectralRadius: Double)]) {
        let file = try JSONDecoder().decode(TrainedFile.self, from: Data(trainedAutoencoderJSON.utf8))
        let activations: [Activation] = [.leakyReLU(slope: 0.1), .leakyReLU(slope: 0.1), .identity]
        #expect(file.activation_hidden == "leaky_relu(0.1)")
        #expect(file.activation_output == "identity")
        let layers = zip(file.layers, activations).map { layer, activation in
            Layer(weights: Matrix(layer.weights), bias: layer.bias, activation: activation)
        }
        return (Network(layers: layers), file.check.map { ($0.point, $0.spectral_radius) })
    }

    private struct TrainedFile: Decodable {
        struct LayerNumbers: Decodable {
            var weights: [[Double]]
            var bias: [Double]
        }

        struct Check: Decodable {
            var point: [Double]
            var spectral_radius: Double
        }

        var activation_hidden: String
        var activation_output: String
        var layers: [LayerNumbers]
        var check: [Check]
    }
}

func distance(_ a: [Double], _ b: [Double]) -> Double {
    zip(a, b).map { ($0 - $1) * ($0 - $1) }.reduce(0, +).squareRoot()
}
