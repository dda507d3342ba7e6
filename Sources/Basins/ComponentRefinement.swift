import Dynamics

/// Limits for `refinedComponents`.
public struct RefinementSettings: Sendable {
    /// Components with at most this many cells are mapped again on a finer grid. Tongues
    /// that break apart on a coarse grid leave pieces of a few cells each.
    public var maximumCells: Int
    /// How many times finer the local grid is along each axis.
    public var factor: Int
    /// Coarse cells added around a component's bounding box on every side.
    public var marginCells: Int
    /// The maximum number of components to refine. The rest are counted in `RefinedComponents.skipped`.
    public var maximumPatches: Int

    public init(maximumCells: Int = 32, factor: Int = 4, marginCells: Int = 3, maximumPatches: Int = 256) {
        precondition(factor >= 2, "a refinement factor must be at least 2")
        self.maximumCells = maximumCells
        self.factor = factor
        self.marginCells = marginCells
        self.maximumPatches = maximumPatches
    }
}

/// A basin's grid components after small ones were checked on finer local grids.
public struct RefinedComponents: Equatable, Sendable {
    /// The components on the original grid, as `components(of:in:)` returns them.
    public var components: [GridComponent]
    /// Indices into `components`, one group per component after merging: the members of a
    /// group were found connected on a finer grid. Groups are sorted by their first member.
    public var groups: [[Int]]
    /// Small components mapped again on a finer grid.
    public var examined: Int
    /// Small components left alone because `maximumPatches` was reached.
    public var skipped: Int

    /// The component count after merging.
    public var count: Int { groups.count }
    /// How many times two groups were joined: `components.count - count`.
    public var merges: Int { components.count - groups.count }

    /// Returns whether some member of group `group` touches the grid's edge.
    public func touchesEdge(group: Int) -> Bool {
        groups[group].contains { components[$0].touchesEdge }
    }
}

/// Counts the components of the basin of `label` in `grid`, joining components that a finer
/// grid shows to be connected.
///
/// On a coarse grid, a thin tongue of a basin shows up as a chain of separate small pieces.
/// So every component with at most `refinement.maximumCells` cells is mapped again on a grid
/// `refinement.factor` times finer over its bounding box plus `refinement.marginCells`
/// coarse cells on each side, with the iteration settings of `settings` (its box and
/// resolution are ignored). Coarse components whose points fall in one face-connected fine
/// component of the patch are joined.
///
/// NOTE: this only ever joins. It misses a connection that leaves the patch, a tongue
/// thinner than the fine spacing, and a thin link between two components that are both
/// larger than `maximumCells`. It never splits two pieces that the coarse grid joined
/// across a gap thinner than a cell.
public func refinedComponents(
    of label: Int32, in grid: LabelGrid, network: Network, targets: [BasinTarget], settings: BasinMapSettings,
    refinement: RefinementSettings = RefinementSettings()
) -> RefinedComponents {
    let coarse = labelComponents(in: grid, adjacency: .faces) { $0 == label }
    var groups = UnionFind(count: coarse.components.count)
    let small = coarse.components.indices.filter { coarse.components[$0].cellCount <= refinement.maximumCells }
    let examined = small.prefix(refinement.maximumPatches)

    for component in examined {
        let patch = RefinementPatch(around: coarse.components[component], in: grid, refinement: refinement)
        let patchSettings = BasinMapSettings(
            box: patch.box, resolution: patch.resolution, iterations: settings.iterations,
            tolerance: settings.tolerance, escapeRadius: settings.escapeRadius, threads: settings.threads)
        let fineGrid = computeBasinMap(of: network, targets: targets, settings: patchSettings)
        let fine = labelComponents(in: fineGrid, adjacency: .faces) { $0 == label }

        // The first coarse component met in each fine component; later ones join it.
        var anchorOfFineComponent: [Int32: Int] = [:]
        for (coarseIndex, fineIndex) in patch.coarseAndFineIndices(grid: grid, fineGrid: fineGrid) {
            let coarseComponent = coarse.componentOfCell[coarseIndex]
            let fineComponent = fine.componentOfCell[fineIndex]
            guard coarseComponent >= 0, fineComponent >= 0 else { continue }
            if let anchor = anchorOfFineComponent[fineComponent] {
                groups.join(anchor, Int(coarseComponent))
            } else {
                anchorOfFineComponent[fineComponent] = Int(coarseComponent)
            }
        }
    }

    return RefinedComponents(
        components: coarse.components, groups: groups.groups, examined: examined.count,
        skipped: small.count - examined.count)
}

/// The finer grid over a small component's bounding box plus a margin, whose points include
/// every coarse grid point in that box.
private struct RefinementPatch {
    /// The coarse grid indices of the patch's first and last point on each axis.
    let lower: [Int]
    let upper: [Int]
    let factor: Int
    let box: Box
    let resolution: [Int]

    init(around component: GridComponent, in grid: LabelGrid, refinement: RefinementSettings) {
        let lower = component.lowerCorner.map { max(0, $0 - refinement.marginCells) }
        let upper = zip(component.upperCorner, grid.resolution).map { min($1 - 1, $0 + refinement.marginCells) }
        self.lower = lower
        self.upper = upper
        factor = refinement.factor
        box = Box((0..<grid.dimension).map { axis in
            let interval = grid.box.intervals[axis]
            let count = grid.resolution[axis]
            let low = gridCoordinate(interval, count: count, index: lower[axis])
            let high = gridCoordinate(interval, count: count, index: upper[axis])
            return low...high
        })
        resolution = zip(lower, upper).map { ($1 - $0) * refinement.factor + 1 }
    }

    /// Returns every coarse grid point in the patch as a pair of flat indices, in the coarse
    /// grid and in the fine grid.
    func coarseAndFineIndices(grid: LabelGrid, fineGrid: LabelGrid) -> [(Int, Int)] {
        var pairs: [(Int, Int)] = []
        var position = lower
        while true {
            let fine = zip(position, lower).map { ($0 - $1) * factor }
            pairs.append((grid.flatIndex(of: position), fineGrid.flatIndex(of: fine)))

            // Advance like an odometer, last axis fastest.
            var axis = position.count - 1
            while axis >= 0 && position[axis] == upper[axis] {
                position[axis] = lower[axis]
                axis -= 1
            }
            if axis < 0 { return pairs }
            position[axis] += 1
        }
    }
}

/// Disjoint sets of `0..<count` with union by smaller root, so results do not depend on
/// the order of joins.
private struct UnionFind {
    private var parent: [Int]

    init(count: Int) {
        parent = Array(0..<count)
    }

    mutating func root(_ element: Int) -> Int {
        var current = element
        while parent[current] != current {
            parent[current] = parent[parent[current]]
            current = parent[current]
        }
        return current
    }

    mutating func join(_ first: Int, _ second: Int) {
        let (a, b) = (root(first), root(second))
        if a != b { parent[max(a, b)] = min(a, b) }
    }

    /// Each set's elements in increasing order, the sets sorted by their smallest element.
    var groups: [[Int]] {
        mutating get {
            var members: [Int: [Int]] = [:]
            for element in parent.indices { members[root(element), default: []].append(element) }
            return members.keys.sorted().map { members[$0]! }
        }
    }
}
