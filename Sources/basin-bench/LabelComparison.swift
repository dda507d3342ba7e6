import Basins

/// The points at which a peer's labels differ from this map's, after this map's labels are
/// mapped to the peer's vocabulary.
struct LabelComparison {
    var differing: Int
    /// Differing points that have a face neighbour with another label in this map: they lie
    /// on a basin boundary as far as the grid can tell.
    var onBoundary: Int
    /// How often each pair (this map's label, the peer's label) occurs among the differences.
    var pairs: [String: Int]

    init(ours grid: LabelGrid, theirs: [Int32], peerLabel: (Int32) -> Int32) {
        precondition(theirs.count == grid.pointCount, "the peer labelled \(theirs.count) points, not \(grid.pointCount)")
        let axisStride = (0..<grid.dimension).map { grid.resolution[($0 + 1)...].reduce(1, *) }
        var differing = 0
        var onBoundary = 0
        var pairs: [String: Int] = [:]
        for index in 0..<grid.pointCount where peerLabel(grid.labels[index]) != theirs[index] {
            differing += 1
            pairs["\(grid.labels[index]) vs \(theirs[index])", default: 0] += 1
            if hasNeighbourWithOtherLabel(index, in: grid, axisStride: axisStride) { onBoundary += 1 }
        }
        self.differing = differing
        self.onBoundary = onBoundary
        self.pairs = pairs
    }

    /// `0`, or for example `12 (12 on a boundary; 0 vs -2: 12)`.
    var summary: String {
        guard differing > 0 else { return "0" }
        let listed = pairs.sorted { $0.value > $1.value }.prefix(4).map { "\($0.key): \($0.value)" }
        return "\(differing) (\(onBoundary) on a boundary; \(listed.joined(separator: ", ")))"
    }
}

private func hasNeighbourWithOtherLabel(_ index: Int, in grid: LabelGrid, axisStride: [Int]) -> Bool {
    let label = grid.labels[index]
    var rest = index
    for axis in 0..<grid.dimension {
        let position = rest / axisStride[axis]
        rest %= axisStride[axis]
        if position > 0 && grid.labels[index - axisStride[axis]] != label { return true }
        if position < grid.resolution[axis] - 1 && grid.labels[index + axisStride[axis]] != label { return true }
    }
    return false
}
