import Basins
import Dynamics
import Reporting
import SpecModel
import Verification
import VerifyCommand

/// One basin map to time: a spec's network, its region at a chosen resolution, the
/// iteration budget and the attractors found by the fixed-point analysis.
struct BenchmarkCase {
    /// The spec file, with `@resolution` when the command line gave one.
    var name: String
    var network: Network
    var box: Box
    var resolution: [Int]
    var iterations: Int
    var tolerance: Double
    /// Attractive fixed points in the order `findFixedPoints` returns them, with the trap
    /// radius `classify` proved; the peers get the same points in the same order.
    var targets: [BasinTarget]

    var pointCount: Int { resolution.reduce(1, *) }

    func settings(threads: Int) -> BasinMapSettings {
        BasinMapSettings(
            box: box, resolution: resolution, iterations: iterations, tolerance: tolerance,
            escapeRadius: Defaults.escapeRadius, threads: threads)
    }

    /// The network, grid and budget in one line, for the report.
    var summary: String {
        let layers = network.layers.map { "\($0.width)" }.joined(separator: "-")
        let activations = Set(network.layers.map { "\($0.activation)" }).sorted().joined(separator: "/")
        let grid = resolution.map(String.init).joined(separator: " x ")
        return "d = \(network.inputDimension), depth \(network.depth) (widths \(layers), \(activations)); "
            + "grid \(grid) = \(pointCount) points over \(box); budget \(iterations) iterations, "
            + "tolerance \(tolerance); \(targets.count) attractor(s), trap radii "
            + targets.map { String(format: "%.3g", $0.trapRadius) }.joined(separator: ", ")
    }
}

/// The reasons a benchmark case cannot be set up.
enum BenchmarkCaseError: Error, CustomStringConvertible {
    case invalidSpec(String)
    case missingRegion(path: String)
    case notAnAutoencoder(path: String)
    case layersNotSquare(path: String)

    var description: String {
        switch self {
        case .invalidSpec(let rendered): rendered
        case .missingRegion(let path): "'\(path)' has no analysis.region; a benchmark spec must state its grid's box"
        case .notAnAutoencoder(let path): "'\(path)' does not map R^d to R^d, so it has no basins"
        case .layersNotSquare(let path): "'\(path)' has a layer that is not d x d, so --depth cannot repeat its layers"
        }
    }
}

/// Reads `argument`, a spec path optionally followed by `@N` (grid points per axis), and
/// prepares its case. `depth` repeats the layers cyclically to that many layers.
func loadCase(argument: String, iterations: Int?, depth: Int?) throws -> BenchmarkCase {
    let (path, pointsPerAxis) = splitResolution(argument)
    let loaded: LoadedSpec
    switch loadSpec(path: path) {
    case .success(let value): loaded = value
    case .failure(let invalid):
        throw BenchmarkCaseError.invalidSpec(invalid.diagnostics.map(renderDiagnostic).joined(separator: "\n"))
    }
    guard loaded.network.isAutoencoder else { throw BenchmarkCaseError.notAnAutoencoder(path: path) }
    guard let region = loaded.spec.analysis.region?.value else { throw BenchmarkCaseError.missingRegion(path: path) }

    var network = loaded.network
    if let depth {
        let d = network.inputDimension
        guard network.layers.allSatisfy({ $0.width == d && $0.inputWidth == d }) else {
            throw BenchmarkCaseError.layersNotSquare(path: path)
        }
        network = Network(layers: (0..<depth).map { network.layers[$0 % network.depth] })
    }

    let box = Box(region)
    let analysis = loaded.spec.analysis
    let written = analysis.resolution?.value ?? [Defaults.resolution2D]
    let resolution = pointsPerAxis.map { Array(repeating: $0, count: box.dimension) }
        ?? (written.count == box.dimension ? written : Array(repeating: written[0], count: box.dimension))
    let tolerance = analysis.tolerance?.value ?? Defaults.tolerance
    let seed = analysis.seed?.value ?? Defaults.seed

    var name = path + (pointsPerAxis.map { "@\($0)" } ?? "")
    if let depth { name += " depth \(depth)" }
    return BenchmarkCase(
        name: name, network: network, box: box, resolution: resolution,
        iterations: iterations ?? analysis.iterations?.value ?? Defaults.iterations, tolerance: tolerance,
        targets: attractors(of: network, in: box, seed: seed, tolerance: tolerance))
}

/// Finds the attractive fixed points in `box` as the verifier does: every fixed point in the
/// region, classified, with the proved trap radius but never less than the tolerance.
func attractors(of network: Network, in box: Box, seed: UInt64, tolerance: Double) -> [BasinTarget] {
    let fixedPoints = findFixedPoints(
        of: network, in: box, seed: seed, mergeTolerance: Defaults.mergeTolerance * max(1, box.maximumSide))
    return fixedPoints.points.compactMap { point in
        let stability = classify(point, of: network, margin: Defaults.spectralMargin)
        guard stability.stability == .attractive else { return nil }
        return BasinTarget(fixedPoint: point.point, trapRadius: max(tolerance, stability.trapRadius ?? 0))
    }
}

/// Splits `spec.yaml@1024` into the path and 1024; a path without `@N` gets `nil`.
private func splitResolution(_ argument: String) -> (String, Int?) {
    guard let at = argument.lastIndex(of: "@"), let points = Int(argument[argument.index(after: at)...]), points >= 1 else {
        return (argument, nil)
    }
    return (String(argument[..<at]), points)
}
