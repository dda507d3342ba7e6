import Dynamics

/// A basin map: one label per point of a regular grid over a box.
///
/// Axis `a` has the points `linspace(low_a, high_a, resolution[a])`, computed as NumPy's
/// `linspace` does, so that a grid matches a NumPy grid bit for bit. Points are stored in
/// NumPy's `'ij'` order: the first coordinate varies slowest, so in two dimensions the flat
/// index of grid point `(i, j)` is `i * resolution[1] + j`. See `BasinLabel` for the meaning
/// of negative labels.
public struct LabelGrid: Equatable, Sendable {
    public var box: Box
    public var resolution: [Int]
    public var labels: [Int32]
    /// Applications of `f` the map needed in all, a measure of its cost.
    public var pointIterations: Int
    /// `false` when the map stopped at `BasinMapSettings.deadline`. Then some points carry
    /// `BasinLabel.unresolved` only because their orbits were never followed, and no claim
    /// should rest on the grid.
    public var isComplete: Bool

    public init(box: Box, resolution: [Int], labels: [Int32], pointIterations: Int = 0, isComplete: Bool = true) {
        precondition(resolution.count == box.dimension, "resolution has \(resolution.count) axes but the box has \(box.dimension)")
        precondition(labels.count == resolution.reduce(1, *), "\(labels.count) labels for a grid of \(resolution.reduce(1, *)) points")
        self.box = box
        self.resolution = resolution
        self.labels = labels
        self.pointIterations = pointIterations
        self.isComplete = isComplete
    }

    public var dimension: Int { resolution.count }
    public var pointCount: Int { labels.count }

    /// The distance between neighbouring grid points on each axis; the side of the box on an
    /// axis with a single point.
    public var cellSize: [Double] { Self.cellSize(box: box, resolution: resolution) }

    /// The `cellSize` of a grid with this box and resolution.
    static func cellSize(box: Box, resolution: [Int]) -> [Double] {
        zip(box.intervals, resolution).map { interval, count in
            let side = interval.upperBound - interval.lowerBound
            return count > 1 ? side / Double(count - 1) : side
        }
    }

    /// How many points carry each label.
    public var counts: [Int32: Int] {
        var result: [Int32: Int] = [:]
        for label in labels { result[label, default: 0] += 1 }
        return result
    }

    /// Returns the share of points that carry `label`.
    public func fraction(of label: Int32) -> Double {
        Double(labels.count { $0 == label }) / Double(max(1, labels.count))
    }

    /// Returns the grid index on each axis of the point with flat index `index`.
    public func multiIndex(ofIndex index: Int) -> [Int] {
        var result = [Int](repeating: 0, count: dimension)
        var rest = index
        for axis in stride(from: dimension - 1, through: 0, by: -1) {
            result[axis] = rest % resolution[axis]
            rest /= resolution[axis]
        }
        return result
    }

    /// Returns the flat index of the point with grid index `multiIndex`.
    public func flatIndex(of multiIndex: [Int]) -> Int {
        zip(multiIndex, resolution).reduce(0) { $0 * $1.1 + $1.0 }
    }

    /// Returns the coordinates of the point with flat index `index`.
    public func coordinates(ofIndex index: Int) -> [Double] {
        zip(box.intervals, zip(multiIndex(ofIndex: index), resolution)).map { interval, position in
            gridCoordinate(interval, count: position.1, index: position.0)
        }
    }

    public func label(at multiIndex: [Int]) -> Int32 {
        labels[flatIndex(of: multiIndex)]
    }
}

/// Point `index` of `linspace(low, high, count)`, computed the way NumPy computes it:
/// `index * step + low` with `step = (high - low) / (count - 1)`, and exactly `high` at the end.
func gridCoordinate(_ interval: ClosedRange<Double>, count: Int, index: Int) -> Double {
    if count == 1 { return interval.lowerBound }
    if index == count - 1 { return interval.upperBound }
    let step = (interval.upperBound - interval.lowerBound) / Double(count - 1)
    return Double(index) * step + interval.lowerBound
}
