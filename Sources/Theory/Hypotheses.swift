import Dynamics
import SpecModel

/// How firmly a hypothesis was decided.
public enum Certainty: String, Sendable {
    /// From the network's shape, the activation table or exact rational arithmetic, or from
    /// a floating-point computation whose margin is far beyond its rounding error.
    case exact
    /// From a floating-point computation with a stated tolerance.
    case numerical
    /// The computation could not decide (a singular value near the rank tolerance).
    case undecided
}

/// One hypothesis of a theorem, decided for a particular network.
public struct Hypothesis: Sendable {
    /// The hypothesis in words, such as `width at most d`.
    public var statement: String
    public var holds: Bool
    public var certainty: Certainty
    /// The values it was decided from, such as `widths [2, 2], d = 2`.
    public var values: String
}

/// A theorem of Beise and Dias Da Cruz, "Topological properties of basins of attraction of
/// width bounded autoencoders", assessed for one network.
public struct TheoremAssessment: Sendable {
    public var theorem: TheoremID
    public var hypotheses: [Hypothesis]
    /// The conclusion in words, for reports.
    public var conclusion: String

    /// Whether every hypothesis holds; a single failed hypothesis settles it even when
    /// another is undecided.
    public var applies: Bool? {
        if hypotheses.contains(where: { !$0.holds && $0.certainty != .undecided }) { return false }
        if hypotheses.contains(where: { $0.certainty == .undecided }) { return nil }
        return true
    }

    /// The weakest certainty among the hypotheses that decide `applies`.
    public var certainty: Certainty {
        if applies == false {
            let failing = hypotheses.filter { !$0.holds && $0.certainty != .undecided }
            return failing.contains { $0.certainty == .exact } ? .exact : .numerical
        }
        if hypotheses.contains(where: { $0.certainty == .undecided }) { return .undecided }
        return hypotheses.contains { $0.certainty == .numerical } ? .numerical : .exact
    }
}

/// The facts about a network's structure that the theorems' hypotheses are made of.
public struct NetworkStructure: Sendable {
    public var dimension: Int
    public var widths: [Int]
    public var ranks: [RankResult]
    public var activations: [Activation]
    public var isAutoencoder: Bool

    public init(_ network: Network) {
        dimension = network.inputDimension
        widths = network.layers.map(\.width)
        ranks = network.layers.map { rank(of: $0) }
        activations = network.layers.map(\.activation)
        isAutoencoder = network.isAutoencoder
    }
}
