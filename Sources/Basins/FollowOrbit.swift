import Dynamics

/// The result of following one orbit: its label, its length and its last point.
public struct OrbitOutcome: Equatable, Sendable {
    /// A target index or a `BasinLabel` value, as in a basin map.
    public var label: Int32
    /// Applications of `f` until the label was decided.
    public var steps: Int
    /// The orbit's point after `steps` applications of `f`.
    public var finalPoint: [Double]
}

/// Follows the orbit of `start` under the network and labels it with the rules and the
/// arithmetic of `computeBasinMap`, so that a grid point gets the same label from both.
public func followOrbit(
    of network: Network, from start: [Double], targets: [BasinTarget], iterations: Int, tolerance: Double,
    escapeRadius: Double = 1e6
) -> OrbitOutcome {
    precondition(network.isAutoencoder, "an orbit needs a network from R^d to R^d")
    precondition(
        start.count == network.inputDimension,
        "the start has \(start.count) coordinates but the network's input has \(network.inputDimension)")
    precondition(iterations >= 0, "iterations \(iterations) is negative")

    if iterations == 0 {
        return OrbitOutcome(label: BasinLabel.unresolved, steps: 0, finalPoint: start)
    }

    let rules = OrbitRules(
        dimension: start.count, targets: targets, iterations: iterations, tolerance: tolerance,
        escapeRadius: escapeRadius)
    let workspace = OrbitWorkspace(network: PreparedNetwork(network), capacity: 1)
    for axis in start.indices { workspace.current[axis] = start[axis] }

    workspace.steps[0] = 0
    while true {
        let previous = workspace.current
        let next = workspace.applyNetwork(count: 1)
        rules.classify(
            next: next, previous: previous, stride: 1, count: 1, steps: workspace.steps, codes: workspace.codes,
            scratch: workspace.scratch)
        workspace.advance(to: next)
        if workspace.codes[0] != OrbitRules.continuingCode {
            let label = OrbitRules.label(ofCode: workspace.codes[0])
            let finalPoint = (0..<start.count).map { workspace.current[$0] }
            return OrbitOutcome(label: label, steps: workspace.steps[0], finalPoint: finalPoint)
        }
    }
}
