import Dynamics

/// The coarse lattice behind `BasinMapSettings.coarseStride`: every `stride`-th grid point
/// on each axis, labelled before the rest.
///
/// This is a heuristic. An orbit that enters a coarse cell whose corners all carry target `k`
/// is labelled `k` without proof, which is wrong when a piece of another basin thinner than
/// the cell lies inside it. It is deterministic whatever the thread count, because the
/// corners are labelled in a pass that ends before any orbit reads them. For the same
/// reason it is `@unchecked Sendable`: the labels it reads no longer change.
struct CoarseCells: @unchecked Sendable {
    let stride: Int
    let low: [Double]
    let spacing: [Double]
    let resolution: [Int]
    /// How far the flat index moves for one step along each axis.
    let axisStride: [Int]
    /// The map's labels; only the corner entries are read, and they are final.
    let labels: UnsafeMutablePointer<Int32>

    /// `nil` when some axis has too few points for a single coarse cell.
    init?(stride: Int, box: Box, resolution: [Int], labels: UnsafeMutablePointer<Int32>) {
        guard resolution.allSatisfy({ $0 > stride }) else { return nil }
        self.stride = stride
        low = box.intervals.map(\.lowerBound)
        spacing = LabelGrid.cellSize(box: box, resolution: resolution)
        self.resolution = resolution
        axisStride = resolution.indices.map { axis in resolution[(axis + 1)...].reduce(1, *) }
        self.labels = labels
    }

    /// The flat indices of the coarse lattice's points, in increasing order.
    var latticeIndices: [Int] {
        var indices = [0]
        for axis in 0..<resolution.count {
            let offsets = Swift.stride(from: 0, to: resolution[axis], by: stride).map { $0 * axisStride[axis] }
            indices = indices.flatMap { base in offsets.map { base + $0 } }
        }
        return indices.sorted()
    }

    /// Returns the target that all corners of the coarse cell around the point in `slot`
    /// carry, or `nil` when the corners disagree, are not targets, or the point lies outside every
    /// complete coarse cell.
    @inline(__always)
    func agreedTarget(at buffer: UnsafeMutablePointer<Double>, stride bufferStride: Int, slot: Int) -> Int32? {
        var base = 0
        for axis in 0..<resolution.count {
            let position = (buffer[axis * bufferStride + slot] - low[axis]) / spacing[axis]
            guard position >= 0, position <= Double(resolution[axis] - 1) else { return nil }
            let cell = Int(position) / stride
            guard (cell + 1) * stride <= resolution[axis] - 1 else { return nil }
            base += cell * stride * axisStride[axis]
        }

        let label = labels[base]
        guard label >= 0 else { return nil }
        for corner in 1..<(1 << resolution.count) {
            var offset = 0
            for axis in 0..<resolution.count where corner & (1 << axis) != 0 {
                offset += stride * axisStride[axis]
            }
            if labels[base + offset] != label { return nil }
        }
        return label
    }
}
