/// The kinds of block in the text form, each with the keywords it accepts.
enum Block: Equatable {
    case top
    case network
    case layer
    case analysis
    case expect
    case attractor
    case cycle

    /// The keywords that may start an item of this block, in the order the guide lists them.
    var keywords: [String] {
        switch self {
        case .top: ["spec", "name", "description", "network", "analysis", "expect"]
        case .network: ["activation", "layer"]
        case .layer: ["weights", "bias", "activation"]
        case .analysis: ["region", "resolution", "iterations", "tolerance", "point_tolerance", "seed"]
        case .expect: ["fixed_points", "attractor_count", "attractor", "not_attractive", "cycle", "theorem"]
        case .attractor, .cycle:
            [
                "name", "contains", "excludes", "bounded", "path_connected", "components",
                "complement_bounded_components", "fraction",
            ]
        }
    }

    /// The keywords that may be given more than once in this block.
    var repeatable: Set<String> {
        switch self {
        case .network: ["layer"]
        case .expect: ["attractor", "cycle", "theorem"]
        default: []
        }
    }

    /// The block as messages name it, such as `the network block`.
    var phrase: String {
        switch self {
        case .top: "the top level"
        case .network: "the network block"
        case .layer: "a layer block"
        case .analysis: "the analysis block"
        case .expect: "the expect block"
        case .attractor: "an attractor block"
        case .cycle: "a cycle block"
        }
    }

    /// The block as a place in a message, such as `in the network block`.
    var preposition: String {
        self == .top ? "at the top level" : "in \(phrase)"
    }

    /// Finds the block where a keyword belongs, for help text when it is written elsewhere.
    static func home(of keyword: String) -> Block? {
        let blocks: [Block] = [.top, .network, .layer, .analysis, .expect, .attractor]
        return blocks.first { $0.keywords.contains(keyword) }
    }
}
