/// A connected set of grid cells, each cell standing for the grid point at its centre.
public struct GridComponent: Equatable, Sendable {
    public var cellCount: Int
    /// Whether a cell lies on the boundary of the grid's box. Such a component may continue
    /// outside the region, so the grid alone cannot show that it is bounded.
    public var touchesEdge: Bool
    /// The smallest grid index on each axis among the component's cells.
    public var lowerCorner: [Int]
    /// The largest grid index on each axis among the component's cells.
    public var upperCorner: [Int]
    /// The component's smallest flat index, which identifies it.
    public var representative: Int
}

/// The rule that decides which cells are neighbours.
enum CellAdjacency {
    /// Cells sharing a face: 2 neighbours on a line, 4 in the plane.
    case faces
    /// Cells sharing a face, an edge or a corner: 2 on a line, 8 in the plane.
    case facesEdgesCorners
}

/// Returns the components of the basin of `label`: its cells joined through shared faces
/// (4-neighbours in the plane), sorted by representative. Grids of dimension 1 and 2.
///
/// Basin cells and complement cells (see `complementComponents`) use the two dual
/// adjacencies. With the same adjacency for both, a grid curve would either separate the
/// plane without being connected or be connected without separating anything. Take a
/// diagonal line of basin cells that meet only at corners. With faces for both, the line is
/// in pieces yet cuts the complement in two. With corners for both, the line is one piece
/// and the complement leaks across it. The
/// pair "faces for the set, corners too for its complement" obeys the digital Jordan curve
/// theorem (Rosenfeld), so the counts behave like those of the open basin and its closed
/// complement in the plane.
public func components(of label: Int32, in grid: LabelGrid) -> [GridComponent] {
    labelComponents(in: grid, adjacency: .faces) { $0 == label }.components
}

/// Returns the components of the complement of the basin of `label` (every cell with another
/// label), joined through shared faces, edges and corners (8-neighbours in the plane),
/// sorted by representative. A component that does not touch the edge is a bounded
/// component of the complement, a hole in the basin, as far as the grid can tell.
public func complementComponents(of label: Int32, in grid: LabelGrid) -> [GridComponent] {
    labelComponents(in: grid, adjacency: .facesEdgesCorners) { $0 != label }.components
}

/// Components of the cells whose labels satisfy `isMember`, and for every cell the index of
/// its component in `components`, or -1 outside the set.
struct ComponentLabelling {
    var components: [GridComponent]
    var componentOfCell: [Int32]
}

/// Finds the components by an iterative flood fill from each cell not yet reached, scanning
/// flat indices in increasing order, so each component's representative is its first cell
/// and the components come out sorted.
func labelComponents(in grid: LabelGrid, adjacency: CellAdjacency, isMember: (Int32) -> Bool) -> ComponentLabelling {
    precondition(
        grid.dimension == 1 || grid.dimension == 2,
        "grid topology is implemented for dimension 1 and 2, not \(grid.dimension)")
    let rows = grid.resolution[0]
    let columns = grid.dimension == 2 ? grid.resolution[1] : 1
    let offsets = neighbourOffsets(dimension: grid.dimension, adjacency: adjacency)

    var componentOfCell = [Int32](repeating: -1, count: grid.pointCount)
    var components: [GridComponent] = []
    var stack: [Int] = []

    for start in 0..<grid.pointCount where componentOfCell[start] < 0 && isMember(grid.labels[start]) {
        let id = Int32(components.count)
        var cellCount = 0
        var touchesEdge = false
        var (lowestRow, highestRow, lowestColumn, highestColumn) = (rows, -1, columns, -1)
        componentOfCell[start] = id
        stack.append(start)

        while let cell = stack.popLast() {
            let (row, column) = cell.quotientAndRemainder(dividingBy: columns)
            cellCount += 1
            (lowestRow, highestRow) = (min(lowestRow, row), max(highestRow, row))
            (lowestColumn, highestColumn) = (min(lowestColumn, column), max(highestColumn, column))
            if row == 0 || row == rows - 1 || (grid.dimension == 2 && (column == 0 || column == columns - 1)) {
                touchesEdge = true
            }

            for (rowStep, columnStep) in offsets {
                let neighbourRow = row + rowStep
                let neighbourColumn = column + columnStep
                guard neighbourRow >= 0, neighbourRow < rows, neighbourColumn >= 0, neighbourColumn < columns else { continue }
                let neighbour = neighbourRow * columns + neighbourColumn
                if componentOfCell[neighbour] < 0 && isMember(grid.labels[neighbour]) {
                    componentOfCell[neighbour] = id
                    stack.append(neighbour)
                }
            }
        }

        let isPlane = grid.dimension == 2
        components.append(GridComponent(
            cellCount: cellCount, touchesEdge: touchesEdge,
            lowerCorner: isPlane ? [lowestRow, lowestColumn] : [lowestRow],
            upperCorner: isPlane ? [highestRow, highestColumn] : [highestRow],
            representative: start))
    }
    return ComponentLabelling(components: components, componentOfCell: componentOfCell)
}

/// Steps in (row, column) to each neighbour; a line is one column.
private func neighbourOffsets(dimension: Int, adjacency: CellAdjacency) -> [(Int, Int)] {
    if dimension == 1 { return [(-1, 0), (1, 0)] }
    switch adjacency {
    case .faces: return [(-1, 0), (1, 0), (0, -1), (0, 1)]
    case .facesEdgesCorners: return [(-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 1), (1, -1), (1, 0), (1, 1)]
    }
}
