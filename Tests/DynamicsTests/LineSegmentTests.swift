import Dynamics
import SpecModel
import Testing

@Test func affinePiecesSplitAtKinks() throws {
    let network = Network(layers: [Layer(weights: Matrix([[2]]), bias: [0], activation: .hardtanh)])
    let pieces = try #require(network.affinePieces(alongLineThrough: [0], direction: [1], from: -.infinity, to: .infinity))
    #expect(pieces.count == 3)
    #expect(pieces.map(\.lower) == [-.infinity, -0.5, 0.5])
    #expect(pieces.map(\.upper) == [-0.5, 0.5, .infinity])
    #expect(pieces.map(\.slope) == [[0], [2], [0]])
    #expect(pieces.map(\.offset) == [[-1], [0], [1]])
}

@Test func affinePiecesFollowEveryLayer() throws {
    // relu(x) then leaky_relu(0.5)(x - 1): kinks at t = 0 and, on the relu's right piece, t = 1.
    let network = Network(layers: [
        Layer(weights: Matrix([[1]]), bias: [0], activation: .relu),
        Layer(weights: Matrix([[1]]), bias: [-1], activation: .leakyReLU(slope: 0.5)),
    ])
    let pieces = try #require(network.affinePieces(alongLineThrough: [0], direction: [1], from: -2, to: 3))
    #expect(pieces.map(\.lower) == [-2, 0, 1])
    #expect(pieces.map { $0.value(at: $0.upper) } == [[-0.5], [0], [2]])
}

@Test func affinePiecesNeedPiecewiseLinearNetwork() {
    let network = Network(layers: [Layer(weights: Matrix([[1]]), bias: [0], activation: .tanh)])
    #expect(network.affinePieces(alongLineThrough: [0], direction: [1], from: 0, to: 1) == nil)
}
