import Dynamics
import SpecModel

/// A network's layers copied into flat buffers for the block kernel.
///
/// Immutable after `init`, so one instance is shared by every worker thread.
final class PreparedNetwork: @unchecked Sendable {
    struct PreparedLayer {
        let width: Int
        let inputWidth: Int
        /// Row-major, `width × inputWidth`.
        let weights: UnsafeMutablePointer<Double>
        let bias: UnsafeMutablePointer<Double>
        let activation: Activation
    }

    let layers: [PreparedLayer]
    let inputDimension: Int
    /// The largest width among the input and every layer, the rows a scratch buffer needs.
    let maximumWidth: Int

    init(_ network: Network) {
        precondition(network.isAutoencoder, "a basin map needs a network from R^d to R^d")
        layers = network.layers.map { layer in
            let weights = UnsafeMutablePointer<Double>.allocate(capacity: layer.weights.entries.count)
            weights.initialize(from: layer.weights.entries, count: layer.weights.entries.count)
            let bias = UnsafeMutablePointer<Double>.allocate(capacity: layer.bias.count)
            bias.initialize(from: layer.bias, count: layer.bias.count)
            return PreparedLayer(
                width: layer.width, inputWidth: layer.inputWidth, weights: weights, bias: bias,
                activation: layer.activation)
        }
        inputDimension = network.inputDimension
        maximumWidth = max(network.inputDimension, network.width)
    }

    deinit {
        for layer in layers {
            layer.weights.deallocate()
            layer.bias.deallocate()
        }
    }
}

/// Buffers for iterating up to `capacity` orbits at once, in struct-of-arrays form:
/// coordinate `j` of slot `s` sits at `j * capacity + s`, so each layer runs as a few
/// straight loops over the slots that the compiler can vectorise.
///
/// One workspace belongs to one thread; nothing in it is allocated after `init`.
final class OrbitWorkspace {
    let network: PreparedNetwork
    let capacity: Int
    /// `buffers[0]` contains the current points `x`, and the layers ping-pong between the other two.
    private var buffers: [UnsafeMutablePointer<Double>]
    /// The flat grid index of the point in each slot.
    let pointIndex: UnsafeMutablePointer<Int>
    /// Applications of `f` so far for the orbit in each slot.
    let steps: UnsafeMutablePointer<Int>

    init(network: PreparedNetwork, capacity: Int) {
        self.network = network
        self.capacity = capacity
        buffers = (0..<3).map { _ in
            let buffer = UnsafeMutablePointer<Double>.allocate(capacity: network.maximumWidth * capacity)
            buffer.initialize(repeating: 0, count: network.maximumWidth * capacity)
            return buffer
        }
        pointIndex = .allocate(capacity: capacity)
        pointIndex.initialize(repeating: 0, count: capacity)
        steps = .allocate(capacity: capacity)
        steps.initialize(repeating: 0, count: capacity)
    }

    deinit {
        for buffer in buffers { buffer.deallocate() }
        pointIndex.deallocate()
        steps.deallocate()
    }

    /// The current points, `x`.
    var current: UnsafeMutablePointer<Double> { buffers[0] }

    /// Computes `f(x)` for slots `0..<count` and returns the buffer that contains it.
    /// `current` keeps `x` until `advance(to:)`.
    func applyNetwork(count: Int) -> UnsafeMutablePointer<Double> {
        var source = buffers[0]
        var destination = buffers[1]
        var spare = buffers[2]
        for layer in network.layers {
            applyLayer(layer, from: source, to: destination, count: count)
            source = destination
            swap(&destination, &spare)
        }
        return source
    }

    /// Makes `output`, a buffer `applyNetwork` returned, the current points.
    func advance(to output: UnsafeMutablePointer<Double>) {
        let position = buffers.firstIndex(of: output)!
        buffers.swapAt(0, position)
    }

    /// Writes `σ(W x + b)` for slots `0..<count`. The sum runs over inputs in order and the
    /// bias comes last, as in NumPy's `x @ W.T + b`.
    @inline(__always)
    private func applyLayer(
        _ layer: PreparedNetwork.PreparedLayer, from source: UnsafeMutablePointer<Double>,
        to destination: UnsafeMutablePointer<Double>, count: Int
    ) {
        for unit in 0..<layer.width {
            let output = destination + unit * capacity
            let row = layer.weights + unit * layer.inputWidth

            let firstWeight = row[0]
            for slot in 0..<count { output[slot] = firstWeight * source[slot] }
            for input in 1..<max(1, layer.inputWidth) {
                let weight = row[input]
                let column = source + input * capacity
                for slot in 0..<count { output[slot] += weight * column[slot] }
            }

            activate(layer.activation, output, count: count, bias: layer.bias[unit])
        }
    }
}

/// Replaces each of `values[0..<count]` by `σ(value + bias)`. The piecewise-linear cases are
/// written out so that their loops vectorise; each computes what `Activation.apply` does.
@inline(__always)
private func activate(_ activation: Activation, _ values: UnsafeMutablePointer<Double>, count: Int, bias: Double) {
    switch activation {
    case .identity:
        for slot in 0..<count { values[slot] = values[slot] + bias }
    case .relu:
        for slot in 0..<count {
            let t = values[slot] + bias
            values[slot] = t > 0 ? t : 0
        }
    case .leakyReLU(let slope):
        for slot in 0..<count {
            let t = values[slot] + bias
            values[slot] = t > 0 ? t : slope * t
        }
    case .hardtanh:
        for slot in 0..<count { values[slot] = Swift.min(1, Swift.max(-1, values[slot] + bias)) }
    default:
        for slot in 0..<count { values[slot] = activation.apply(values[slot] + bias) }
    }
}
