import Basins
import Dynamics
import SpecModel

/// The basin map of a spec's region, as `verify` labels it, for drawing.
public struct BasinPicture: Sendable {
    /// The grid and its labels: a target index, or a `BasinLabel` value.
    public var grid: LabelGrid
    /// The attractors and cycles the labels number, in order.
    public var targets: [[[Double]]]
}

/// Maps the basins of a spec's region with the verifier's own targets and settings. Returns
/// `nil` for networks that cannot be iterated or whose input has more than two dimensions.
public func basinPicture(of spec: Spec, network: Network, options: VerificationOptions = VerificationOptions()) -> BasinPicture? {
    guard network.isAutoencoder, network.inputDimension <= 2 else { return nil }
    let context = AnalysisContext(spec: spec, network: network, options: options)
    let grid = context.basinMap(over: context.settings.region)
    return BasinPicture(grid: grid, targets: context.targets.map(\.points))
}
