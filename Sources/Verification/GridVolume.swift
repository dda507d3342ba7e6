import Basins

/// A basin's share of the region's volume, measured on a basin map.
///
/// Grid points run from edge to edge, so each stands for a cell of the region. Points on the
/// region's boundary stand for half cells (a quarter at a corner), as in the trapezoid rule,
/// so the weights add up to the region's volume exactly. Where the basin's
/// boundary crosses a cell the grid cannot tell how much of it belongs to the basin, so half
/// the weight of every point next to the boundary is the allowance of the measurement.
struct GridVolume {
    var share: Double
    /// How far the true share may lie from `share` because of the cells the boundary crosses.
    var allowance: Double
}

/// Measures the share of `grid` labelled `label`. One- and two-dimensional grids only.
func measureVolume(of label: Int32, in grid: LabelGrid) -> GridVolume {
    let resolution = grid.resolution
    let total = resolution.reduce(1.0) { $0 * Double($1 - 1) }
    var inside = 0.0
    var boundary = 0.0
    for index in grid.labels.indices {
        let position = grid.multiIndex(ofIndex: index)
        let weight = zip(position, resolution).reduce(1.0) { $0 * ($1.0 == 0 || $1.0 == $1.1 - 1 ? 0.5 : 1) }
        let member = grid.labels[index] == label
        if member { inside += weight }
        if hasNeighbour(of: position, in: grid, withMembership: !member, label: label) { boundary += weight }
    }
    return GridVolume(share: inside / total, allowance: boundary / (2 * total))
}

private func hasNeighbour(of position: [Int], in grid: LabelGrid, withMembership member: Bool, label: Int32) -> Bool {
    for axis in position.indices {
        for step in [-1, 1] {
            var neighbour = position
            neighbour[axis] += step
            guard neighbour[axis] >= 0, neighbour[axis] < grid.resolution[axis] else { continue }
            if (grid.labels[grid.flatIndex(of: neighbour)] == label) == member { return true }
        }
    }
    return false
}
