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
    /// The grid index on each axis of the point loaded last, for `GridCursor`.
    let cursorPosition: UnsafeMutablePointer<Int>
    /// The code of each slot's label after the latest step (see `OrbitRules.classify`).
    let codes: UnsafeMutablePointer<Double>
    /// One number per slot for `OrbitRules.classify`.
    let scratch: UnsafeMutablePointer<Double>
    /// The slots whose orbits ended at the latest step, listed by `labelOrbits`.
    let finishedSlots: UnsafeMutablePointer<Int>

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
        cursorPosition = .allocate(capacity: network.inputDimension)
        cursorPosition.initialize(repeating: 0, count: network.inputDimension)
        scratch = .allocate(capacity: capacity)
        finishedSlots = .allocate(capacity: capacity)
        finishedSlots.initialize(repeating: 0, count: capacity)
        scratch.initialize(repeating: 0, count: capacity)
        codes = .allocate(capacity: capacity)
        codes.initialize(repeating: OrbitRules.continuingCode, count: capacity)
    }

    deinit {
        for buffer in buffers { buffer.deallocate() }
        pointIndex.deallocate()
        steps.deallocate()
        cursorPosition.deallocate()
        scratch.deallocate()
        finishedSlots.deallocate()
        codes.deallocate()
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
    /// bias comes last, as in NumPy's `x @ W.T + b`, and each product is rounded before it is
    /// added. Piecewise-linear activations are applied in the same loop as the sum.
    @inline(__always)
    private func applyLayer(
        _ layer: PreparedNetwork.PreparedLayer, from source: UnsafeMutablePointer<Double>,
        to destination: UnsafeMutablePointer<Double>, count: Int
    ) {
        switch layer.activation {
        case .identity: applyLayer(layer, from: source, to: destination, count: count) { $0 }
        case .relu: applyLayer(layer, from: source, to: destination, count: count) { $0 > 0 ? $0 : 0 }
        case .leakyReLU(let slope):
            applyLayer(layer, from: source, to: destination, count: count) { $0 > 0 ? $0 : slope * $0 }
        case .hardtanh:
            applyLayer(layer, from: source, to: destination, count: count) { Swift.min(1, Swift.max(-1, $0)) }
        default:
            let activation = layer.activation
            applyLayer(layer, from: source, to: destination, count: count) { activation.apply($0) }
        }
    }

    /// Writes `σ(W x + b)` with `σ` given as a closure that inlining turns into straight code.
    /// Each case computes what `Activation.apply` does.
    @inline(__always)
    private func applyLayer(
        _ layer: PreparedNetwork.PreparedLayer, from source: UnsafeMutablePointer<Double>,
        to destination: UnsafeMutablePointer<Double>, count: Int, _ activation: (Double) -> Double
    ) {
        if layer.width == 2 && layer.inputWidth <= 2 {
            applyNarrowLayer(layer, from: source, to: destination, count: count, activation)
            return
        }
        for unit in 0..<layer.width {
            let output = destination + unit &* capacity
            let row = layer.weights + unit &* layer.inputWidth
            let bias = layer.bias[unit]

            switch layer.inputWidth {
            case 1:
                let weight = row[0]
                for slot in 0..<count { output[slot] = activation(weight * source[slot] + bias) }
            case 2:
                let (first, second) = (row[0], row[1])
                let column = source + capacity
                for slot in 0..<count { output[slot] = activation((first * source[slot] + second * column[slot]) + bias) }
            default:
                let firstWeight = row[0]
                for slot in 0..<count { output[slot] = firstWeight * source[slot] }
                for input in 1..<layer.inputWidth {
                    let weight = row[input]
                    let column = source + input &* capacity
                    for slot in 0..<count { output[slot] += weight * column[slot] }
                }
                for slot in 0..<count { output[slot] = activation(output[slot] + bias) }
            }
        }
    }

    /// Does what `applyLayer` does for a layer of two units with one or two inputs, both
    /// units in one pass, because for so few inputs reading them and writing the outputs
    /// cost more than the arithmetic.
    @inline(__always)
    private func applyNarrowLayer(
        _ layer: PreparedNetwork.PreparedLayer, from source: UnsafeMutablePointer<Double>,
        to destination: UnsafeMutablePointer<Double>, count: Int, _ activation: (Double) -> Double
    ) {
        let (weights, bias) = (layer.weights, layer.bias)
        let (firstBias, secondBias) = (bias[0], bias[1])
        let secondOutput = destination + capacity
        if layer.inputWidth == 1 {
            let (first, second) = (weights[0], weights[1])
            for slot in 0..<count {
                let x = source[slot]
                destination[slot] = activation(first * x + firstBias)
                secondOutput[slot] = activation(second * x + secondBias)
            }
        } else {
            let (w00, w01, w10, w11) = (weights[0], weights[1], weights[2], weights[3])
            let column = source + capacity
            for slot in 0..<count {
                let (x, y) = (source[slot], column[slot])
                destination[slot] = activation((w00 * x + w01 * y) + firstBias)
                secondOutput[slot] = activation((w10 * x + w11 * y) + secondBias)
            }
        }
    }
}
