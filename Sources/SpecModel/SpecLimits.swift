/// Caps on what a spec may ask of the verifier, so that an absurd or hostile file is
/// rejected with an error instead of exhausting memory or running for hours.
///
/// The file size cap is `SpecFile.maximumSize`. The caps on basin maps (grid points and
/// iterations × grid points) need the default resolution and iterations, so the verifier
/// checks them; the network caps are checked here, before any matrix is built.
public enum SpecLimits {
    /// The largest number of coordinates of the network's input, its output or any layer.
    public static let maximumUnits = 4096
    /// The largest number of layers.
    public static let maximumLayers = 256
    /// The largest number of weights and biases over all layers. An `identity` or rotation
    /// layer counts as its full matrix, because it is stored as one.
    public static let maximumParameters = 1 << 22
    /// The largest number of grid points in one basin map: 4096 × 4096, or 16,777,216 on a line.
    public static let maximumGridPoints = 1 << 24
    /// The largest product of the iteration budget and the grid points of one basin map. When
    /// no map is drawn (d > 2), orbits start from single points and the product is the
    /// budget itself.
    public static let maximumOrbitSteps = 4_000_000_000
    /// The most problems reported for one file. A file with more is almost certainly not a
    /// spec, and quoting each problem's line could take quadratic time.
    public static let maximumProblems = 100

    /// Returns at most `maximumProblems` of `problems` (sorted by position), led by a note
    /// saying how many there were when some are left out. `total` counts problems found but
    /// not kept, when the caller kept only some; by default it is `problems.count`.
    public static func firstProblems(_ problems: [Diagnostic], total: Int? = nil, file: String) -> [Diagnostic] {
        let found = max(total ?? 0, problems.count)
        guard found > maximumProblems else { return problems.sortedByPosition() }
        let shown = Array(problems.sortedByPosition().prefix(maximumProblems))
        let note = Diagnostic(
            code: "too-many-problems",
            message: "found \(found) problems; only the first \(shown.count) are shown",
            file: file, help: "check that this is a spec file, then fix the problems from the top")
        return [note] + shown
    }

    /// Returns the problems with the network's size: too many units in a layer, too many
    /// layers or too many parameters. Dimensions below 1 are left to `SpecValidation`.
    public static func networkProblems(_ network: NetworkSpec, file: String) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        if network.layers.count > maximumLayers {
            problems.append(Diagnostic(
                code: "network-too-large",
                message: "network has \(network.layers.count) layers, more than the limit of \(maximumLayers)",
                file: file, location: network.location,
                help: "a spec checks a small network; use at most \(maximumLayers) layers"))
        }
        guard (1...maximumUnits).contains(network.input.value) else { return problems }

        var width = network.input.value
        var parameters = 0
        for (index, layer) in network.layers.enumerated() {
            guard let units = layerUnits(layer.weights.value, inputs: width) else { return problems }
            if units > maximumUnits {
                problems.append(tooManyUnits("layer \(index + 1)", units, noun: "units", at: layer.weights.location, file: file))
                return problems
            }
            parameters += units * width + units
            width = units
        }
        if parameters > maximumParameters {
            problems.append(Diagnostic(
                code: "network-too-large",
                message: "network has \(parameters) weights and biases, more than the limit of \(maximumParameters)",
                file: file, location: network.location,
                help: "use narrower or fewer layers; an identity layer counts as its full d × d matrix"))
        }
        return problems
    }

    /// The problem with a dimension over `maximumUnits`, such as the network's input;
    /// `noun` names what is counted, such as `coordinates`.
    public static func tooManyUnits(
        _ subject: String, _ units: Int, noun: String, at location: SourceLocation, file: String
    ) -> Diagnostic {
        Diagnostic(
            code: "network-too-large",
            message: "\(subject) has \(units) \(noun), more than the limit of \(maximumUnits)",
            file: file, location: location,
            help: "a spec checks a small network; use at most \(maximumUnits) units per layer")
    }

    /// The number of units a layer has, or `nil` when its weights have no rows.
    private static func layerUnits(_ weights: Weights, inputs: Int) -> Int? {
        switch weights {
        case .identity: inputs
        case .rotation: 2
        case .matrix(let rows): rows.isEmpty ? nil : rows.count
        }
    }
}
