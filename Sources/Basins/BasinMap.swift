import Dispatch
import Dynamics

/// Labels every point of a grid over `settings.box` by where its orbit under `f` goes.
///
/// Each point is iterated until it enters a target's trap ball (label: the target's index),
/// escapes, stalls at a fixed point that is not a target, or uses up `settings.iterations`
/// (see `BasinLabel`). Labels are checked after each application of `f`, never at the
/// starting point itself, and target `k` is reached when the orbit is within
/// `targets[k].trapRadius` of one of its points.
///
/// With every trap radius equal to `settings.tolerance`, the labels are those of a plain
/// NumPy loop. It steps all points and labels a point `-1` when its norm exceeds the escape
/// radius or is not finite, or `k` when it is within the tolerance of attractor `k`. Then it
/// drops the labelled points. That loop has no label `-3`, so it labels `-2` where this map labels `-3`.
/// NOTE: NumPy's matrix product runs through BLAS, which may fuse multiply-adds, while this
/// map rounds each product; so `f(x)` can differ in the last bit, and a grid point lying
/// exactly on a repelling set (a knife edge that rounding decides) can get another label.
///
/// The work is split into blocks of grid rows that the threads take in turn. Labels do not
/// depend on the thread count or on timing.
public func computeBasinMap(of network: Network, targets: [BasinTarget], settings: BasinMapSettings) -> LabelGrid {
    precondition(network.isAutoencoder, "a basin map needs a network from R^d to R^d")
    precondition(
        settings.box.dimension == network.inputDimension,
        "the box has \(settings.box.dimension) coordinates but the network's input has \(network.inputDimension)")

    let prepared = PreparedNetwork(network)
    let geometry = GridGeometry(box: settings.box, resolution: settings.resolution)
    let rules = OrbitRules(
        dimension: network.inputDimension, targets: targets, iterations: settings.iterations,
        tolerance: settings.tolerance, escapeRadius: settings.escapeRadius)
    var grid = LabelGrid(
        box: settings.box, resolution: settings.resolution,
        labels: [Int32](repeating: notYetLabelled, count: geometry.pointCount))
    let shape = grid

    var work = 0
    grid.labels.withUnsafeMutableBufferPointer { buffer in
        let labels = buffer.baseAddress!
        let run = ParallelLabelling(
            network: prepared, geometry: geometry, rules: rules, labels: labels, threads: settings.threads)

        var coarseCells: CoarseCells?
        if let stride = settings.coarseStride, let cells = CoarseCells(stride: stride, grid: shape, labels: labels) {
            let lattice = cells.latticeIndices
            work += run.label(count: lattice.count, indexAt: { lattice[$0] }, coarseCells: nil)
            coarseCells = cells
        }
        work += run.label(count: geometry.pointCount, indexAt: { $0 }, coarseCells: coarseCells)
    }

    assert(!grid.labels.contains(notYetLabelled), "a grid point was left without a label")
    grid.pointIterations = work
    return grid
}

/// One labelling pass over a set of grid points, spread over worker threads.
///
/// It is `@unchecked Sendable` because of the label pointer. That is safe because workers
/// write disjoint sets of labels and read only labels that an earlier pass finished.
private struct ParallelLabelling: @unchecked Sendable {
    /// Grid points per unit of work; a few rows of a typical grid, so the threads stay busy.
    static let chunkSize = 4096
    /// Orbits iterated together; their coordinates for the widest layer fit in L1 cache.
    static let blockCapacity = 256

    let network: PreparedNetwork
    let geometry: GridGeometry
    let rules: OrbitRules
    let labels: UnsafeMutablePointer<Int32>
    let threads: Int

    /// Labels grid points `indexAt(0..<count)` and returns the applications of `f` made.
    ///
    /// Worker `w` takes chunks `w`, `w + workers`, `w + 2 workers` and so on. Each worker
    /// writes only the labels of its own points and reads only labels of an earlier pass.
    func label(count: Int, indexAt: @escaping @Sendable (Int) -> Int, coarseCells: CoarseCells?) -> Int {
        let chunkCount = (count + Self.chunkSize - 1) / Self.chunkSize
        let workers = max(1, min(threads, chunkCount))
        let workPerWorker = UnsafeMutableBufferPointer<Int>.allocate(capacity: workers)
        workPerWorker.initialize(repeating: 0)
        defer { workPerWorker.deallocate() }
        let workDone = WorkerTotals(buffer: workPerWorker)

        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let workspace = OrbitWorkspace(network: network, capacity: Self.blockCapacity)
            var total = 0
            for chunk in stride(from: worker, to: chunkCount, by: workers) {
                let start = chunk * Self.chunkSize
                total += workspace.labelOrbits(
                    count: min(Self.chunkSize, count - start), indexAt: { indexAt(start + $0) },
                    geometry: geometry, rules: rules, coarseCells: coarseCells, labels: labels)
            }
            workDone.buffer[worker] = total
        }
        return workPerWorker.reduce(0, +)
    }
}

/// One total per worker; `@unchecked Sendable` because each worker writes only its own entry.
private struct WorkerTotals: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Int>
}
