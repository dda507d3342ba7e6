import SpecModel

/// An axis-aligned box in `R^d`: one closed interval per coordinate.
public struct Box: Equatable, Sendable, CustomStringConvertible {
    public var intervals: [ClosedRange<Double>]

    public init(_ intervals: [ClosedRange<Double>]) {
        self.intervals = intervals
    }

    public var dimension: Int { intervals.count }

    public func contains(_ point: [Double], slack: Double = 0) -> Bool {
        zip(intervals, point).allSatisfy { interval, x in
            x >= interval.lowerBound - slack && x <= interval.upperBound + slack
        }
    }

    /// The box with the same centre and every side `factor` times as long.
    public func scaled(by factor: Double) -> Box {
        Box(intervals.map { interval in
            let centre = (interval.lowerBound + interval.upperBound) / 2
            let half = (interval.upperBound - interval.lowerBound) / 2 * factor
            return (centre - half)...(centre + half)
        })
    }

    /// The length of the longest side.
    public var maximumSide: Double {
        intervals.map { $0.upperBound - $0.lowerBound }.max() ?? 0
    }

    /// Written as `[-4, 4] × [-2, 2]`.
    public var description: String {
        intervals.map { "[\(formatNumber($0.lowerBound)), \(formatNumber($0.upperBound))]" }
            .joined(separator: " × ")
    }
}

