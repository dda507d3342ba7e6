import Dispatch
import Dynamics
import Synchronization

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
/// The work is split into chunks of grid points that the threads take in turn. Labels do
/// not depend on the thread count or on timing.
///
/// When `settings.deadline` passes, the threads stop before their next chunk and the
/// points not yet followed are labelled `BasinLabel.unresolved`; the grid's `isComplete`
/// is then `false`.
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
    // The labels stay in a local array until the end: a `LabelGrid` that shared them while
    // they were written would make the first write copy all of them.
    var labels = [Int32](repeating: notYetLabelled, count: geometry.pointCount)

    var work = 0
    var finished = true
    labels.withUnsafeMutableBufferPointer { buffer in
        let labels = buffer.baseAddress!
        let run = ParallelLabelling(
            network: prepared, geometry: geometry, rules: rules, labels: labels, threads: settings.threads,
            deadline: settings.deadline)

        var coarseCells: CoarseCells?
        if let stride = settings.coarseStride, let cells = CoarseCells(
            stride: stride, box: settings.box, resolution: settings.resolution, labels: labels) {
            let lattice = cells.latticeIndices
            let pass = lattice.withUnsafeBufferPointer { list in
                run.label(PointSequence(list: list.baseAddress!, count: list.count), coarseCells: nil)
            }
            work += pass.work
            finished = pass.finished
            coarseCells = cells
        }
        if finished {
            let pass = run.label(PointSequence(list: nil, count: geometry.pointCount), coarseCells: coarseCells)
            work += pass.work
            finished = pass.finished
        }
    }

    if !finished {
        for index in labels.indices where labels[index] == notYetLabelled {
            labels[index] = BasinLabel.unresolved
        }
    }
    assert(!labels.contains(notYetLabelled), "a grid point was left without a label")
    var grid = LabelGrid(box: settings.box, resolution: settings.resolution, labels: labels)
    grid.pointIterations = work
    grid.isComplete = finished
    return grid
}

/// One labelling pass over a sequence of grid points, spread over worker threads.
///
/// It is `@unchecked Sendable` because of the label pointer. That is safe because workers
/// write disjoint sets of labels and read only labels that an earlier pass finished.
private struct ParallelLabelling: @unchecked Sendable {
    /// Grid points per unit of work: a few rows of a typical grid, small enough that the
    /// threads finish close together and the deadline is checked often.
    static let chunkSize = 4096
    /// Orbits iterated together; their coordinates for the widest layer fit in L1 cache.
    static let blockCapacity = 256

    let network: PreparedNetwork
    let geometry: GridGeometry
    let rules: OrbitRules
    let labels: UnsafeMutablePointer<Int32>
    let threads: Int
    let deadline: ContinuousClock.Instant?

    /// Labels the points of `sequence` and returns the applications of `f` made, and
    /// whether every chunk was done before the deadline.
    ///
    /// Workers take the next chunk from a shared counter. Each chunk's points are written by
    /// one worker only, and labels of an earlier pass are the only ones read, so the order
    /// in which chunks are taken does not change any label.
    func label(_ sequence: PointSequence, coarseCells: CoarseCells?) -> (work: Int, finished: Bool) {
        let chunkCount = (sequence.count + Self.chunkSize - 1) / Self.chunkSize
        let workers = max(1, min(threads, chunkCount))
        let state = PassState()

        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            let workspace = OrbitWorkspace(network: network, capacity: Self.blockCapacity)
            var total = 0
            while true {
                if let deadline, ContinuousClock.now >= deadline {
                    state.cutShort.store(true, ordering: .relaxed)
                    break
                }
                let chunk = state.nextChunk.wrappingAdd(1, ordering: .relaxed).oldValue
                guard chunk < chunkCount else { break }
                let start = chunk * Self.chunkSize
                total += workspace.labelOrbits(
                    positions: start..<min(start + Self.chunkSize, sequence.count), of: sequence,
                    geometry: geometry, rules: rules, coarseCells: coarseCells, labels: labels)
            }
            state.work.wrappingAdd(total, ordering: .relaxed)
        }
        return (state.work.load(ordering: .relaxed), !state.cutShort.load(ordering: .relaxed))
    }
}

/// The counters that the workers of one pass share.
private final class PassState: Sendable {
    let nextChunk = Atomic<Int>(0)
    let work = Atomic<Int>(0)
    let cutShort = Atomic<Bool>(false)
}
