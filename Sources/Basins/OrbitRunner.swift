import Dynamics

/// The label of a grid point whose orbit has not been followed yet.
let notYetLabelled = Int32.min

/// The grid of a basin map, with each axis's coordinates computed once.
struct GridGeometry {
    let resolution: [Int]
    /// `axes[a][i]` is coordinate `a` of every point with grid index `i` on axis `a`.
    let axes: [[Double]]

    init(box: Box, resolution: [Int]) {
        self.resolution = resolution
        axes = zip(box.intervals, resolution).map { interval, count in
            (0..<count).map { gridCoordinate(interval, count: count, index: $0) }
        }
    }

    var pointCount: Int { resolution.reduce(1, *) }

    /// Writes the coordinates of grid point `index` into slot `slot` of a struct-of-arrays buffer.
    @inline(__always)
    func load(_ index: Int, into buffer: UnsafeMutablePointer<Double>, slot: Int, stride: Int) {
        var rest = index
        for axis in Swift.stride(from: resolution.count - 1, through: 0, by: -1) {
            buffer[axis * stride + slot] = axes[axis][rest % resolution[axis]]
            rest /= resolution[axis]
        }
    }
}

extension OrbitWorkspace {
    /// Follows the orbit of every grid point `indexAt(0..<count)` that `labels` does not
    /// label yet, and writes its label. Returns the applications of `f` it made.
    ///
    /// Slots whose orbit ends are refilled with the next point at once, so the block stays
    /// full. Each label depends only on its own orbit, never on the order of the work.
    func labelOrbits(
        count: Int, indexAt: (Int) -> Int, geometry: GridGeometry, rules: OrbitRules,
        coarseCells: CoarseCells?, labels: UnsafeMutablePointer<Int32>
    ) -> Int {
        var position = 0
        func nextPoint() -> Int? {
            while position < count {
                let index = indexAt(position)
                position += 1
                if labels[index] == notYetLabelled { return index }
            }
            return nil
        }

        if rules.iterations == 0 {
            while let index = nextPoint() { labels[index] = BasinLabel.unresolved }
            return 0
        }

        var active = 0
        while active < capacity, let index = nextPoint() {
            geometry.load(index, into: current, slot: active, stride: capacity)
            pointIndex[active] = index
            steps[active] = 0
            active += 1
        }

        var work = 0
        while active > 0 {
            let previous = current
            let next = applyNetwork(count: active)
            work += active

            var slot = 0
            while slot < active {
                steps[slot] += 1
                var label = rules.label(next: next, previous: previous, stride: capacity, slot: slot, steps: steps[slot])
                if label == nil, let coarseCells {
                    label = coarseCells.agreedTarget(at: next, stride: capacity, slot: slot)
                }
                guard let label else {
                    slot += 1
                    continue
                }

                labels[pointIndex[slot]] = label
                if let index = nextPoint() {
                    geometry.load(index, into: next, slot: slot, stride: capacity)
                    pointIndex[slot] = index
                    steps[slot] = 0
                    slot += 1
                } else {
                    // Move the last orbit into this slot; it has not been checked yet.
                    active -= 1
                    if slot < active { moveSlot(active, to: slot, next: next, previous: previous) }
                }
            }
            advance(to: next)
        }
        return work
    }

    private func moveSlot(
        _ source: Int, to destination: Int, next: UnsafeMutablePointer<Double>, previous: UnsafeMutablePointer<Double>
    ) {
        for axis in 0..<network.inputDimension {
            next[axis * capacity + destination] = next[axis * capacity + source]
            previous[axis * capacity + destination] = previous[axis * capacity + source]
        }
        pointIndex[destination] = pointIndex[source]
        steps[destination] = steps[source]
    }
}
