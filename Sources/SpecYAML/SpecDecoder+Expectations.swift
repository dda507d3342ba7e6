import Foundation
import SpecModel

/// Reading the `expect` mapping. Each claim keeps the location of the key that states it;
/// each point in a list, and each theorem claim, the location of its item.
extension SpecDecoder {
    mutating func decodeExpectations(_ entry: YAMLMappingEntry) -> Expectations {
        var expectations = Expectations()
        guard let fields = fields(of: entry.value, in: .expect, subject: "'expect'", owner: entry.key.location) else {
            return expectations
        }

        expectations.fixedPoints = fields["fixed_points"].flatMap {
            located(integer($0.value, subject: "'fixed_points'"), at: $0)
        }
        expectations.attractors = fields["attractors"].map { entry in
            claims(entry.value, subject: "'attractors'", example: Section.attractor.example) { decoder, item in
                decoder.decodeAttractor(item)
            }
        } ?? []
        expectations.notAttractive = fields["not_attractive"].flatMap { points($0.value, subject: "'not_attractive'") } ?? []
        expectations.attractorCount = fields["attractor_count"].flatMap {
            located(integer($0.value, subject: "'attractor_count'"), at: $0)
        }
        expectations.cycles = fields["cycles"].map { entry in
            claims(entry.value, subject: "'cycles'", example: Section.cycle.example) { decoder, item in
                decoder.decodeCycle(item)
            }
        } ?? []
        expectations.theorems = fields["theorems"].map { entry in
            claims(entry.value, subject: "'theorems'", example: "[\"2.2\"]") { decoder, item in
                decoder.decodeTheorem(item)
            }
        } ?? []
        return expectations
    }

    /// Decodes each item of a list of claims, keeping those that could be read.
    private mutating func claims<Claim>(
        _ node: YAMLNode, subject: String, example: String, decode: (inout SpecDecoder, YAMLNode) -> Claim?
    ) -> [Claim] {
        guard let items = list(node, subject: subject, example: "[\(example)]") else { return [] }
        return items.compactMap { decode(&self, $0) }
    }

    private mutating func decodeAttractor(_ node: YAMLNode) -> AttractorClaim? {
        guard let fields = fields(of: node, in: .attractor, subject: "an attractor", owner: node.location) else {
            return nil
        }
        let at = required("at", in: fields).flatMap { located(point($0.value, subject: "'at'"), at: $0) }
        let name = fields["name"].flatMap { text($0.value, subject: "'name'") }
        let basin = fields["basin"].map { decodeBasin($0) } ?? BasinClaims()
        guard let at else { return nil }
        return AttractorClaim(at: at, name: name, basin: basin)
    }

    private mutating func decodeCycle(_ node: YAMLNode) -> CycleClaim? {
        guard let fields = fields(of: node, in: .cycle, subject: "a cycle", owner: node.location) else { return nil }
        let points = required("points", in: fields).flatMap { entry in
            located(self.points(entry.value, subject: "'points'")?.map(\.value), at: entry)
        }
        let name = fields["name"].flatMap { text($0.value, subject: "'name'") }
        let basin = fields["basin"].map { decodeBasin($0) } ?? BasinClaims()
        guard let points else { return nil }
        return CycleClaim(points: points, name: name, basin: basin)
    }

    private mutating func decodeBasin(_ entry: YAMLMappingEntry) -> BasinClaims {
        var basin = BasinClaims()
        guard let fields = fields(of: entry.value, in: .basin, subject: "'basin'", owner: entry.key.location) else {
            return basin
        }
        basin.contains = fields["contains"].flatMap { points($0.value, subject: "'contains'") } ?? []
        basin.excludes = fields["excludes"].flatMap { points($0.value, subject: "'excludes'") } ?? []
        basin.bounded = fields["bounded"].flatMap { located(boolean($0.value, subject: "'bounded'"), at: $0) }
        basin.pathConnected = fields["path_connected"].flatMap {
            located(boolean($0.value, subject: "'path_connected'"), at: $0)
        }
        basin.components = fields["components"].flatMap { located(integer($0.value, subject: "'components'"), at: $0) }
        basin.complementBoundedComponents = fields["complement_bounded_components"].flatMap {
            located(boolean($0.value, subject: "'complement_bounded_components'"), at: $0)
        }
        basin.fraction = fields["fraction"].flatMap { located(decodeFraction($0), at: $0) }
        return basin
    }

    /// Reads `{value: V, tolerance: T}`. The tolerance is required: a silent default would
    /// decide the verdict without the author seeing it.
    private mutating func decodeFraction(_ entry: YAMLMappingEntry) -> FractionClaim? {
        guard let fields = fields(of: entry.value, in: .fraction, subject: "'fraction'", owner: entry.key.location) else {
            return nil
        }
        let value = required("value", in: fields).flatMap { number($0.value, subject: "'value'") }
        let tolerance = required("tolerance", in: fields).flatMap { number($0.value, subject: "'tolerance'") }
        guard let value, let tolerance else { return nil }
        return FractionClaim(value: value.value, tolerance: tolerance.value)
    }

    /// Reads `"2.2"`, a plain `2.10` (by its text, so that it stays 2.10 and does not become
    /// 2.1), or `{theorem: "2.10", applies: false}`.
    private mutating func decodeTheorem(_ node: YAMLNode) -> TheoremClaim? {
        if node.scalar != nil {
            return theoremID(node).map { TheoremClaim(theorem: Located($0, at: node.location), location: node.location) }
        }
        guard let fields = fields(of: node, in: .theorem, subject: "a theorem claim", owner: node.location) else {
            return nil
        }
        let theorem = required("theorem", in: fields).flatMap { located(theoremID($0.value), at: $0) }
        let applies = fields["applies"].map { boolean($0.value, subject: "'applies'") } ?? true
        guard let theorem, let applies else { return nil }
        return TheoremClaim(theorem: theorem, applies: applies, location: node.location)
    }

    private mutating func theoremID(_ node: YAMLNode) -> TheoremID? {
        guard let text = text(node, subject: "a theorem")?.trimmingCharacters(in: .whitespaces) else { return nil }
        guard let theorem = TheoremID(rawValue: text) else {
            report(.unknownTheorem(text), at: node)
            return nil
        }
        return theorem
    }
}
