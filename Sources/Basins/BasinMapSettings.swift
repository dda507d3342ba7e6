import Dynamics
import Foundation

/// The grid and the iteration limits of a basin map.
public struct BasinMapSettings: Sendable {
    /// The region; grid points include both ends of every side.
    public var box: Box
    /// Grid points per axis, at least 1 each.
    public var resolution: [Int]
    /// The maximum number of applications of `f` per starting point.
    public var iterations: Int
    /// The step length `|f(x) - x|` below which an orbit counts as stalled at a fixed point.
    public var tolerance: Double
    /// The Euclidean norm above which an orbit counts as escaped.
    public var escapeRadius: Double
    /// Worker threads. Labels do not depend on this number.
    public var threads: Int
    /// When set to `s`, first label every `s`-th point on each axis, then stop the orbits of
    /// the other points as soon as they enter a coarse cell whose corners all carry the same
    /// target. This is a heuristic: a thin piece of another basin inside such a cell is
    /// missed. Leave it `nil` for maps that verdicts rely on.
    public var coarseStride: Int?
    /// When set, the map stops taking new chunks of grid points once this instant has
    /// passed. It is checked between chunks of a few thousand points, never per point, so
    /// a map can run past it by the time one chunk takes. Points not followed are labelled
    /// `BasinLabel.unresolved` and the grid's `isComplete` is `false`.
    public var deadline: ContinuousClock.Instant?

    public init(
        box: Box, resolution: [Int], iterations: Int, tolerance: Double, escapeRadius: Double = 1e6,
        threads: Int = ProcessInfo.processInfo.activeProcessorCount, coarseStride: Int? = nil,
        deadline: ContinuousClock.Instant? = nil
    ) {
        precondition(resolution.count == box.dimension, "resolution has \(resolution.count) axes but the box has \(box.dimension)")
        precondition(resolution.allSatisfy { $0 >= 1 }, "every axis needs at least one grid point")
        precondition(iterations >= 0, "iterations \(iterations) is negative")
        precondition(coarseStride.map { $0 >= 2 } ?? true, "a coarse stride must be at least 2")
        self.box = box
        self.resolution = resolution
        self.iterations = iterations
        self.tolerance = tolerance
        self.escapeRadius = escapeRadius
        self.threads = max(1, threads)
        self.coarseStride = coarseStride
        self.deadline = deadline
    }

    /// Settings with the same resolution on every axis.
    public init(
        box: Box, resolution: Int, iterations: Int, tolerance: Double, escapeRadius: Double = 1e6,
        threads: Int = ProcessInfo.processInfo.activeProcessorCount, coarseStride: Int? = nil,
        deadline: ContinuousClock.Instant? = nil
    ) {
        self.init(
            box: box, resolution: Array(repeating: resolution, count: box.dimension), iterations: iterations,
            tolerance: tolerance, escapeRadius: escapeRadius, threads: threads, coarseStride: coarseStride,
            deadline: deadline)
    }
}
