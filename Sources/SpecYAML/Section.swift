/// A mapping of the YAML form, with the keys it allows in the order the format lists them.
enum Section: CaseIterable, Sendable {
    case topLevel
    case network
    case layer
    case rotation
    case analysis
    case expect
    case attractor
    case basin
    case cycle
    case fraction
    case theorem

    var allowedKeys: [String] {
        switch self {
        case .topLevel: ["spec", "name", "description", "network", "analysis", "expect"]
        case .network: ["input", "output", "activation", "layers"]
        case .layer: ["weights", "bias", "activation"]
        case .rotation: ["rotation", "scale"]
        case .analysis: ["region", "resolution", "iterations", "tolerance", "point_tolerance", "seed"]
        case .expect: ["fixed_points", "attractors", "not_attractive", "attractor_count", "cycles", "theorems"]
        case .attractor: ["at", "name", "basin"]
        case .basin:
            ["contains", "excludes", "bounded", "path_connected", "components", "complement_bounded_components", "fraction"]
        case .cycle: ["points", "name", "basin"]
        case .fraction: ["value", "tolerance"]
        case .theorem: ["theorem", "applies"]
        }
    }

    /// The words that place a key in this section, as in "unknown key 'x' in basin".
    var phrase: String {
        self == .topLevel ? "at the top level" : "in \(title)"
    }

    /// The mapping's name in messages.
    var title: String {
        switch self {
        case .topLevel: "the top level"
        case .network: "network"
        case .layer: "a layer"
        case .rotation: "rotation weights"
        case .analysis: "analysis"
        case .expect: "expect"
        case .attractor: "an attractor"
        case .basin: "basin"
        case .cycle: "a cycle"
        case .fraction: "fraction"
        case .theorem: "a theorem claim"
        }
    }

    /// A small example of the mapping, for help lines.
    var example: String {
        switch self {
        case .topLevel: "name: My network"
        case .network: "{input: 1, activation: relu, layers: [{weights: [[1]]}]}"
        case .layer: "{weights: [[1, 0], [0, 1]], bias: [0, 0]}"
        case .rotation: "{rotation: 90, scale: 0.5}"
        case .analysis: "{region: [[-4, 4]], resolution: 801}"
        case .expect: "{fixed_points: 1}"
        case .attractor: "{at: [0, 0], basin: {bounded: false}}"
        case .basin: "{bounded: false, components: 2}"
        case .cycle: "{points: [[-1], [1]]}"
        case .fraction: "{value: 0.5, tolerance: 0.05}"
        case .theorem: "{theorem: \"2.10\", applies: false}"
        }
    }

    /// Returns the section other than this one that allows `key`, to point at a key written
    /// at the wrong level of nesting.
    func home(of key: String) -> Section? {
        Section.allCases.first { $0 != self && $0.allowedKeys.contains(key) }
    }

    /// Returns what a required key means, for the help of a "missing key" message.
    func requiredKeyHelp(_ key: String) -> String {
        switch key {
        case "name": "it labels the spec in reports"
        case "network": "it describes the network's input and layers"
        case "input": "it is the input dimension d"
        case "layers": "list the layers, each with its 'weights'"
        case "weights": "write the layer's weight matrix as a list of rows"
        case "rotation": "write the angle in degrees, as in \(Section.rotation.example)"
        case "at": "it is the claimed attractive fixed point, such as [0, 0]"
        case "points": "list the cycle's points, such as [[-1], [1]]"
        case "value", "tolerance": "write fraction as \(Section.fraction.example)"
        case "theorem": "name the theorem, as in \(Section.theorem.example)"
        default: "see the format's example"
        }
    }
}
