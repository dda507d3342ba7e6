import Dynamics
import Foundation
import SpecModel

/// Networks and grids shared by the basin tests.
enum TestNetworks {
    /// `f(x) = x^3` on the line: fixed points -1, 0, 1, and the basin of 0 is (-1, 1).
    static let cube = Network(layers: [Layer(weights: Matrix([[1]]), bias: [0], activation: .cube)])

    /// The width-two leaky ReLU network of the spec format's example:
    /// `f(x) = lrelu(x) + lrelu(-x)` with slope 1/2, which is `|x| / 2`.
    static let leakyWidthTwo = Network(layers: [
        Layer(weights: Matrix([[1], [-1]]), bias: [0, 0], activation: .leakyReLU(slope: 0.5)),
        Layer(weights: Matrix([[1, 1]]), bias: [0], activation: .identity),
    ])

    /// `x ↦ x / 2` in the plane.
    static let halving = Network(layers: [
        Layer(weights: Matrix([[0.5, 0], [0, 0.5]]), bias: [0, 0], activation: .identity)
    ])

    /// `x ↦ tanh(2x)` coordinate-wise: attractors `(±a, ±a)` with `tanh(2a) = a`, whose
    /// basins are the open quadrants.
    static let tanhDoubling = Network(layers: [
        Layer(weights: Matrix([[2, 0], [0, 2]]), bias: [0, 0], activation: .tanh)
    ])

    /// The positive solution of `tanh(2a) = a`, by fixed-point iteration.
    static let tanhAttractor: Double = {
        var a = 1.0
        for _ in 0..<200 { a = tanh(2 * a) }
        return a
    }()

    /// A depth-six width-two hardtanh network with invertible weights and four
    /// super-attractive fixed points, found by iterating random starts.
    static let hardtanhDepthSix = Network(layers: [
        hardtanhLayer([[1.5, 0.3], [-0.2, 1.4]], [0.1, -0.2]),
        hardtanhLayer([[0.9, -0.6], [0.5, 1.2]], [0.0, 0.1]),
        hardtanhLayer([[1.3, 0.2], [0.4, 1.1]], [-0.1, 0.05]),
        hardtanhLayer([[1.1, -0.5], [0.3, 0.9]], [0.2, 0.0]),
        hardtanhLayer([[1.2, 0.4], [-0.6, 1.0]], [0.0, -0.1]),
        hardtanhLayer([[1.4, 0.1], [-0.3, 1.3]], [0.05, 0.1]),
    ])
    static let hardtanhDepthSixAttractors: [[Double]] = [[-1, 1], [-0.70912, -1], [1, -0.9657], [1, 0.346]]

    /// Builds a map whose basin of the origin is the thin diagonal band `|x - y| < width`,
    /// `|x + y| < 2`: in the coordinates `u = x - y`, `v = (x + y) / 2` it is
    /// `u ↦ width (u / width)^3`, `v ↦ v^3`.
    static func diagonalBand(width: Double) -> Network {
        Network(layers: [
            Layer(weights: Matrix([[1 / width, -1 / width], [0.5, 0.5]]), bias: [0, 0], activation: .cube),
            Layer(weights: Matrix([[width / 2, 1], [-width / 2, 1]]), bias: [0, 0], activation: .identity),
        ])
    }

    private static func hardtanhLayer(_ weights: [[Double]], _ bias: [Double]) -> Layer {
        Layer(weights: Matrix(weights), bias: bias, activation: .hardtanh)
    }

    /// Writes the network in the JSON form that the NumPy basin script reads.
    static func peerJSON(_ network: Network) -> String {
        let layers = network.layers.map { layer in
            let rows = (0..<layer.weights.rows).map { row in
                "[" + (0..<layer.weights.columns).map { "\(layer.weights[row, $0])" }.joined(separator: ", ") + "]"
            }
            return """
                {"weights": [\(rows.joined(separator: ", "))], "bias": [\(layer.bias.map { "\($0)" }.joined(separator: ", "))], \
                "activation": "\(layer.activation)"}
                """
        }
        return "{\"input\": \(network.inputDimension), \"layers\": [\(layers.joined(separator: ", "))]}"
    }
}

/// Reads a one-dimensional `int8` array from NumPy's `.npy` format, version 1 or 2.
func readNumPyInt8(_ data: Data) -> [Int32]? {
    let bytes = [UInt8](data)
    guard bytes.count > 10, bytes[0] == 0x93, String(decoding: bytes[1...5], as: UTF8.self) == "NUMPY" else { return nil }
    let major = bytes[6]
    let headerLength = major == 1
        ? Int(bytes[8]) | Int(bytes[9]) << 8
        : Int(bytes[8]) | Int(bytes[9]) << 8 | Int(bytes[10]) << 16 | Int(bytes[11]) << 24
    let headerStart = major == 1 ? 10 : 12
    let header = String(decoding: bytes[headerStart..<(headerStart + headerLength)], as: UTF8.self)
    guard header.contains("'|i1'") else { return nil }
    return bytes[(headerStart + headerLength)...].map { Int32(Int8(bitPattern: $0)) }
}
