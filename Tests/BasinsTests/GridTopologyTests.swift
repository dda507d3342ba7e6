import Dynamics
import Testing

@testable import Basins

/// Builds a square grid over `[0, 1]^2` whose label at (row, column) is `label(row, column)`.
private func squareGrid(size: Int, label: (Int, Int) -> Int32) -> LabelGrid {
    var labels: [Int32] = []
    for row in 0..<size {
        for column in 0..<size { labels.append(label(row, column)) }
    }
    return LabelGrid(box: Box([0...1, 0...1]), resolution: [size, size], labels: labels)
}

@Suite("Grid topology")
struct GridTopologyTests {
    @Test("annulus: one component, two complement pieces")
    func annulus() {
        // A square ring of label 1 at Chebyshev distance 2 or 3 from the centre of a 9 × 9 grid.
        let grid = squareGrid(size: 9) { row, column in
            let distance = max(abs(row - 4), abs(column - 4))
            return (2...3).contains(distance) ? 1 : 0
        }

        let ring = components(of: 1, in: grid)
        #expect(ring.count == 1)
        #expect(ring.first?.cellCount == 49 - 9)
        #expect(ring.first?.touchesEdge == false)
        #expect(ring.first?.lowerCorner == [1, 1])
        #expect(ring.first?.upperCorner == [7, 7])

        let complement = complementComponents(of: 1, in: grid)
        #expect(complement.count == 2)
        let holes = complement.filter { !$0.touchesEdge }
        #expect(holes.count == 1)
        #expect(holes.first?.cellCount == 9)
        #expect(holes.first?.representative == grid.flatIndex(of: [3, 3]))
        #expect(complement.first?.representative == 0)
        #expect(complement.first?.cellCount == 81 - 49)
    }

    @Test("diagonal: faces split the set, corners join its complement")
    func diagonal() {
        let grid = squareGrid(size: 6) { row, column in row == column ? 1 : 0 }

        let diagonal = components(of: 1, in: grid)
        #expect(diagonal.count == 6)
        #expect(diagonal.map(\.representative) == (0..<6).map { $0 * 7 })
        #expect(diagonal.allSatisfy { $0.cellCount == 1 })

        // The complement's two triangles meet at the corners between diagonal cells.
        let complement = complementComponents(of: 1, in: grid)
        #expect(complement.count == 1)
        #expect(complement.first?.cellCount == 30)

        // The dual view: the off-diagonal cells, joined by faces, form the two triangles,
        // and the diagonal, as their complement joined by corners too, is one piece.
        let triangles = components(of: 0, in: grid)
        #expect(triangles.count == 2)
        #expect(complementComponents(of: 0, in: grid).count == 1)
    }

    @Test("checkerboard: no two cells share a face")
    func checkerboard() {
        let grid = squareGrid(size: 4) { row, column in Int32((row + column) % 2) }

        #expect(components(of: 1, in: grid).count == 8)
        #expect(components(of: 0, in: grid).count == 8)
        #expect(complementComponents(of: 1, in: grid).count == 1)
        #expect(complementComponents(of: 0, in: grid).count == 1)
    }

    @Test("line: components are runs")
    func runs() {
        let labels: [Int32] = [0, 0, 1, 1, 1, -1, 1, -2, -2, 1]
        let grid = LabelGrid(box: Box([0...9]), resolution: [10], labels: labels)

        let basin = components(of: 1, in: grid)
        #expect(basin.map(\.representative) == [2, 6, 9])
        #expect(basin.map(\.cellCount) == [3, 1, 1])
        #expect(basin.map(\.touchesEdge) == [false, false, true])
        #expect(basin.map(\.lowerCorner) == [[2], [6], [9]])
        #expect(basin.map(\.upperCorner) == [[4], [6], [9]])

        let complement = complementComponents(of: 1, in: grid)
        #expect(complement.map(\.representative) == [0, 5, 7])
        #expect(complement.map(\.touchesEdge) == [true, false, false])
    }

    @Test("sorted by representative")
    func sortedByRepresentative() {
        // Component B starts at a lower flat index than it is reached from A's far end.
        let grid = squareGrid(size: 5) { row, column in
            (row == 0 && column == 4) || (row == 4 && column < 2) || (column == 0 && row >= 2) ? 1 : 0
        }
        let found = components(of: 1, in: grid)
        #expect(found.map(\.representative) == [4, 10])
        #expect(found.map(\.cellCount) == [1, 4])
    }
}
