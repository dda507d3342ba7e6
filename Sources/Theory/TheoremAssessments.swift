import Dynamics
import SpecModel

/// A smallest singular value above this share of the largest proves full rank: rounding in
/// double precision moves singular values by about 1e-16 of the largest, far less than this.
public let fullRankMargin = 1e-8

/// Decides the hypotheses of Theorems 2.1, 2.2 and 2.10 for a network.
public func assessTheorems(_ structure: NetworkStructure) -> [TheoremAssessment] {
    let autoencoder = autoencoderHypothesis(structure)
    let width = widthHypothesis(structure)
    let monotone = monotoneHypothesis(structure)
    return [
        TheoremAssessment(
            theorem: .unboundedBasins, hypotheses: [autoencoder, width, monotone, rankDeficiencyHypothesis(structure)],
            conclusion: "every component of the basin of every attractive point is unbounded"),
        TheoremAssessment(
            theorem: .noHoles, hypotheses: [autoencoder, width, monotone],
            conclusion: "the complement of the basin of every attractive point has no bounded component"),
        TheoremAssessment(
            theorem: .pathConnected,
            hypotheses: [autoencoder, surjectiveHypothesis(structure), squareFullRankHypothesis(structure)],
            conclusion: "the basin of every attractive point is path-connected"),
    ]
}

private func autoencoderHypothesis(_ structure: NetworkStructure) -> Hypothesis {
    Hypothesis(
        statement: "f maps R^d to itself", holds: structure.isAutoencoder, certainty: .exact,
        values: "d = \(structure.dimension), output \(structure.widths.last!)")
}

private func widthHypothesis(_ structure: NetworkStructure) -> Hypothesis {
    let width = structure.widths.max()!
    return Hypothesis(
        statement: "width at most d", holds: width <= structure.dimension, certainty: .exact,
        values: "widths \(structure.widths), d = \(structure.dimension)")
}

private func monotoneHypothesis(_ structure: NetworkStructure) -> Hypothesis {
    let holds = structure.activations.allSatisfy { $0.isContinuous && $0.isMonotoneIncreasing }
    return Hypothesis(
        statement: "every activation continuous and monotone increasing", holds: holds, certainty: .exact,
        values: activationList(structure.activations))
}

private func surjectiveHypothesis(_ structure: NetworkStructure) -> Hypothesis {
    let holds = structure.activations.allSatisfy { $0.isSurjective && $0.isMonotoneIncreasing }
    return Hypothesis(
        statement: "every activation surjective and monotone increasing", holds: holds, certainty: .exact,
        values: activationList(structure.activations))
}

/// Condition (3) of Theorem 2.1: some weight matrix has rank below d.
private func rankDeficiencyHypothesis(_ structure: NetworkStructure) -> Hypothesis {
    let ranks = structure.ranks.map(\.rank)
    let statement = "some weight matrix has rank < d"
    let values = "ranks \(ranks)\(rankMethod(structure.ranks)), d = \(structure.dimension)"
    let deficient = structure.ranks.indices.filter { ranks[$0] < structure.dimension }
    if deficient.contains(where: { layerRankCertainty(structure, $0) == .exact }) {
        return Hypothesis(statement: statement, holds: true, certainty: .exact, values: values)
    }
    if !deficient.isEmpty {
        return Hypothesis(statement: statement, holds: true, certainty: .numerical, values: values)
    }
    let certain = structure.ranks.indices.allSatisfy { layerRankCertainty(structure, $0) == .exact }
    return Hypothesis(statement: statement, holds: false, certainty: certain ? .exact : .undecided, values: values)
}

private func squareFullRankHypothesis(_ structure: NetworkStructure) -> Hypothesis {
    let d = structure.dimension
    let shapes = zip(structure.widths, [d] + structure.widths.dropLast()).map { "\($0)×\($1)" }
    let values = "shapes [\(shapes.joined(separator: ", "))], ranks \(structure.ranks.map(\.rank))\(rankMethod(structure.ranks))"
    let statement = "every weight matrix square (d × d) and of full rank"
    let square = zip(structure.widths, [d] + structure.widths.dropLast()).allSatisfy { $0 == d && $1 == d }
    guard square else {
        return Hypothesis(statement: statement, holds: false, certainty: .exact, values: values)
    }
    let deficient = structure.ranks.indices.filter { structure.ranks[$0].rank < d }
    if deficient.contains(where: { layerRankCertainty(structure, $0) == .exact }) {
        return Hypothesis(statement: statement, holds: false, certainty: .exact, values: values)
    }
    let certain = structure.ranks.indices.allSatisfy { layerRankCertainty(structure, $0) == .exact }
    if !deficient.isEmpty {
        return Hypothesis(statement: statement, holds: false, certainty: certain ? .exact : .numerical, values: values)
    }
    return Hypothesis(statement: statement, holds: true, certainty: certain ? .exact : .undecided, values: values)
}

/// How firmly layer `index`'s rank is known: exactly from rational arithmetic or the shape,
/// or from singular values when they are far from the rank tolerance.
func layerRankCertainty(_ structure: NetworkStructure, _ index: Int) -> Certainty {
    let result = structure.ranks[index]
    if result.isExact { return .exact }
    let values = result.singularValues
    guard let largest = values.first, largest > 0 else { return .exact }
    let fullSize = min(structure.widths[index], index == 0 ? structure.dimension : structure.widths[index - 1])
    if result.rank == fullSize, let smallest = values.last, smallest > fullRankMargin * largest { return .exact }
    // A singular value between the rank tolerance and the full-rank margin could be either.
    let zeroBelow = result.tolerance ?? 0
    let ambiguous = values.contains { $0 > zeroBelow && $0 <= fullRankMargin * largest }
    return ambiguous ? .undecided : .numerical
}

private func rankMethod(_ ranks: [RankResult]) -> String {
    if ranks.allSatisfy(\.isExact) { return " (exact)" }
    return " (singular values; zero below max(rows, columns)·ε times the largest)"
}

private func activationList(_ activations: [Activation]) -> String {
    let distinct = activations.reduce(into: [Activation]()) { list, item in
        if !list.contains(item) { list.append(item) }
    }
    return distinct.map(\.description).joined(separator: ", ")
}
