import Foundation
import SpecModel

/// Reading the `analysis` mapping. A setting that cannot be read is reported and left out.
extension SpecDecoder {
    mutating func decodeAnalysis(_ entry: YAMLMappingEntry) -> AnalysisSettings {
        var settings = AnalysisSettings()
        guard let fields = fields(of: entry.value, in: .analysis, subject: "'analysis'", owner: entry.key.location) else {
            return settings
        }

        settings.region = fields["region"].flatMap { located(decodeRegion($0.value), at: $0) }
        settings.resolution = fields["resolution"].flatMap { located(decodeResolution($0.value), at: $0) }
        settings.iterations = fields["iterations"].flatMap { located(integer($0.value, subject: "'iterations'"), at: $0) }
        settings.tolerance = fields["tolerance"].flatMap {
            located(number($0.value, subject: "'tolerance'")?.value, at: $0)
        }
        settings.pointTolerance = fields["point_tolerance"].flatMap {
            located(number($0.value, subject: "'point_tolerance'")?.value, at: $0)
        }
        settings.seed = fields["seed"].flatMap { located(seed($0.value, subject: "'seed'"), at: $0) }
        return settings
    }

    /// Reads one `[low, high]` pair per coordinate. In one dimension `[low, high]` alone is
    /// also accepted. Any invalid interval leaves the whole region out.
    private mutating func decodeRegion(_ node: YAMLNode) -> [ClosedRange<Double>]? {
        let example = "[" + Array(repeating: "[-4, 4]", count: max(1, dimension ?? 1)).joined(separator: ", ") + "]"
        guard let items = list(node, subject: "'region'", example: example) else { return nil }
        if dimension == 1, items.count == 2, items.allSatisfy({ $0.scalar != nil }) {
            return decodeInterval(node, axis: 1).map { [$0] }
        }
        let intervals = items.enumerated().map { index, item in decodeInterval(item, axis: index + 1) }
        return intervals.contains(where: { $0 == nil }) ? nil : intervals.compactMap { $0 }
    }

    private mutating func decodeInterval(_ node: YAMLNode, axis: Int) -> ClosedRange<Double>? {
        let subject = "region interval \(axis)"
        guard let bounds = node.items, bounds.count == 2 else {
            let found = node.items.map { "a list of \($0.count)" } ?? node.kindName
            report(.invalidInterval(subject, found: found), at: node)
            return nil
        }
        guard let low = number(bounds[0], subject: "the low end of \(subject)"),
            let high = number(bounds[1], subject: "the high end of \(subject)")
        else { return nil }

        if let problem = SpecValidation.intervalProblem(
            low: low.value, high: high.value, axis: axis, file: file, location: node.location)
        {
            problems.append(problem)
            return nil
        }
        return low.value...high.value
    }

    /// Reads one grid size for every axis, or a list with one per axis.
    private mutating func decodeResolution(_ node: YAMLNode) -> [Int]? {
        guard let items = node.items else {
            return integer(node, subject: "'resolution'").map { [$0] }
        }
        let sizes = items.enumerated().map { index, item in
            integer(item, subject: "entry \(index + 1) of 'resolution'")
        }
        return sizes.contains(where: { $0 == nil }) ? nil : sizes.compactMap { $0 }
    }
}
