import Dynamics

/// The label of a grid point whose orbit has not been followed yet.
let notYetLabelled = Int32.min

/// The grid of a basin map, with each axis's coordinates computed once into one flat buffer.
///
/// Immutable after `init` and shared by every worker thread, hence `@unchecked Sendable`.
final class GridGeometry: @unchecked Sendable {
    let resolution: [Int]
    let pointCount: Int
    /// Coordinate `a` of the points with grid index `i` on axis `a` is `coordinates[axisStart[a] + i]`.
    private let coordinates: UnsafeMutablePointer<Double>
    private let axisStart: UnsafeMutablePointer<Int>
    private let counts: UnsafeMutablePointer<Int>

    init(box: Box, resolution: [Int]) {
        self.resolution = resolution
        pointCount = resolution.reduce(1, *)
        // Written in place: on a long axis, such as a line of a million points, building
        // arrays first and copying them cost a tenth of the map.
        let starts = resolution.indices.map { resolution[..<$0].reduce(0, +) }
        coordinates = .allocate(capacity: resolution.reduce(0, +))
        for (axis, interval) in box.intervals.enumerated() {
            let count = resolution[axis]
            for index in 0..<count {
                (coordinates + starts[axis] + index).initialize(to: gridCoordinate(interval, count: count, index: index))
            }
        }
        axisStart = .allocate(capacity: resolution.count)
        axisStart.initialize(from: starts, count: starts.count)
        counts = .allocate(capacity: resolution.count)
        counts.initialize(from: resolution, count: resolution.count)
    }

    deinit {
        coordinates.deallocate()
        axisStart.deallocate()
        counts.deallocate()
    }

    var dimension: Int { resolution.count }

    /// Writes the coordinates of the point at `cursor` into slot `slot` of a struct-of-arrays buffer.
    @inline(__always)
    func load(_ cursor: GridCursor, into buffer: UnsafeMutablePointer<Double>, slot: Int, stride: Int) {
        // The plane is the usual case; it needs no loop and no look-up of the axis starts.
        if cursor.dimension == 2 {
            buffer[slot] = coordinates[cursor.position[0]]
            buffer[stride &+ slot] = coordinates[counts[0] &+ cursor.position[1]]
            return
        }
        for axis in 0..<cursor.dimension {
            buffer[axis &* stride &+ slot] = coordinates[axisStart[axis] &+ cursor.position[axis]]
        }
    }

    /// Points `cursor` at flat index `index`. Stepping forward a little, the usual case, needs
    /// no division.
    @inline(__always)
    func move(_ cursor: inout GridCursor, to index: Int) {
        let last = cursor.dimension - 1
        let step = index &- cursor.index
        if step == 1 && cursor.position[last] &+ 1 < counts[last] {
            // The next point of the same row, the usual case.
            cursor.position[last] &+= 1
        } else if step >= 0 && step < counts[last] {
            cursor.position[last] += step
            var axis = last
            while axis > 0 && cursor.position[axis] >= counts[axis] {
                cursor.position[axis] -= counts[axis]
                cursor.position[axis - 1] += 1
                axis -= 1
            }
        } else {
            var rest = index
            for axis in stride(from: last, through: 0, by: -1) {
                cursor.position[axis] = rest % counts[axis]
                rest /= counts[axis]
            }
        }
        cursor.index = index
    }
}

/// A grid point's flat index and its index on each axis, kept in step by `GridGeometry.move`.
struct GridCursor {
    /// `Int.min` at first, so that the first `move` computes the position by division.
    var index = Int.min
    let dimension: Int
    /// One entry per axis; owned by the `OrbitWorkspace` that made the cursor.
    let position: UnsafeMutablePointer<Int>
}

/// The grid points a labelling pass visits, in order: either the flat indices `0..<count`
/// or the entries of a list.
struct PointSequence: @unchecked Sendable {
    /// `nil` for every grid point in order. The list outlives the pass and does not change.
    let list: UnsafePointer<Int>?
    let count: Int

    @inline(__always)
    func index(at position: Int) -> Int {
        if let list { return list[position] }
        return position
    }
}

extension OrbitWorkspace {
    /// Follows the orbit of every grid point at `positions` of `sequence` that `labels` does
    /// not label yet, and writes its label. Returns the applications of `f` it made.
    ///
    /// Slots whose orbit ends are refilled with the next point at once, so the block stays
    /// full. Each label depends only on its own orbit, never on the order of the work.
    func labelOrbits(
        positions: Range<Int>, of sequence: PointSequence, geometry: GridGeometry, rules: OrbitRules,
        coarseCells: CoarseCells?, labels: UnsafeMutablePointer<Int32>
    ) -> Int {
        var position = positions.lowerBound
        let end = positions.upperBound
        var cursor = GridCursor(dimension: geometry.dimension, position: cursorPosition)

        /// Moves `cursor` to the next point without a label; `false` when the range is done.
        @inline(__always)
        func advanceToNextPoint() -> Bool {
            while position < end {
                let index = sequence.index(at: position)
                position &+= 1
                if labels[index] == notYetLabelled {
                    geometry.move(&cursor, to: index)
                    return true
                }
            }
            return false
        }

        if rules.iterations == 0 {
            while advanceToNextPoint() { labels[cursor.index] = BasinLabel.unresolved }
            return 0
        }

        var active = 0
        while active < capacity, advanceToNextPoint() {
            geometry.load(cursor, into: current, slot: active, stride: capacity)
            pointIndex[active] = cursor.index
            steps[active] = 0
            active += 1
        }

        var work = 0
        var rounds = 0
        while active > 0 {
            let previous = current
            let next = applyNetwork(count: active)
            work &+= active
            rounds &+= 1

            rules.classify(
                next: next, previous: previous, stride: capacity, count: active, steps: steps, codes: codes,
                scratch: scratch, mayExhaust: rounds >= rules.iterations)

            if let coarseCells { stopInAgreeingCells(coarseCells, next: next, count: active) }

            // Listing the finished slots first takes no branch per slot. A loop that tested
            // each slot would mispredict about once per finished orbit when orbits are short.
            var finishedCount = 0
            for slot in 0..<active {
                finishedSlots[finishedCount] = slot
                finishedCount &+= codes[slot] == OrbitRules.continuingCode ? 0 : 1
            }

            var listed = 0
            while listed < finishedCount {
                let slot = finishedSlots[listed]
                labels[pointIndex[slot]] = OrbitRules.label(ofCode: codes[slot])
                guard advanceToNextPoint() else { break }
                geometry.load(cursor, into: next, slot: slot, stride: capacity)
                pointIndex[slot] = cursor.index
                steps[slot] = 0
                listed &+= 1
            }
            if listed < finishedCount {
                // The range ran out: the block shrinks instead, which moves orbits between slots.
                var slot = finishedSlots[listed]
                while true {
                    active -= 1
                    if slot < active { moveSlot(active, to: slot, next: next, previous: previous) }
                    while slot < active && codes[slot] == OrbitRules.continuingCode { slot &+= 1 }
                    guard slot < active else { break }
                    labels[pointIndex[slot]] = OrbitRules.label(ofCode: codes[slot])
                }
            }
            advance(to: next)
        }
        return work
    }

    /// Gives every going orbit whose coarse cell agrees on a target that target's code.
    private func stopInAgreeingCells(_ coarseCells: CoarseCells, next: UnsafeMutablePointer<Double>, count: Int) {
        for slot in 0..<count where codes[slot] == OrbitRules.continuingCode {
            if let agreed = coarseCells.agreedTarget(at: next, stride: capacity, slot: slot) {
                codes[slot] = Double(agreed)
            }
        }
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
        codes[destination] = codes[source]
    }
}
