/// An attractor whose basin the map labels: an attractive fixed point or a stable cycle.
public struct BasinTarget: Equatable, Sendable {
    /// One point for an attractive fixed point, the `k` points of a `k`-cycle in any order.
    public var points: [[Double]]
    /// The radius of a Euclidean ball around each point that is known to lie in the basin.
    /// An orbit that enters one of these balls is labelled with the target at once, so the
    /// radius must be proved (for example from a contraction estimate), not guessed. It
    /// should be at least the convergence tolerance, or orbits may never be caught.
    public var trapRadius: Double

    public init(points: [[Double]], trapRadius: Double) {
        precondition(!points.isEmpty, "a target has at least one point")
        precondition(trapRadius >= 0, "trap radius \(trapRadius) is negative")
        self.points = points
        self.trapRadius = trapRadius
    }

    /// Creates a target for a single attractive fixed point.
    public init(fixedPoint: [Double], trapRadius: Double) {
        self.init(points: [fixedPoint], trapRadius: trapRadius)
    }
}

/// The labels a basin map gives to points whose orbits reach no target.
///
/// A label `k >= 0` is the index of the target the orbit reached.
public enum BasinLabel {
    /// The orbit left the ball of radius `escapeRadius` or became infinite or NaN.
    public static let escaped: Int32 = -1
    /// The orbit neither reached a target nor escaped within the iteration budget.
    public static let unresolved: Int32 = -2
    /// The orbit came to rest outside every target's trap ball, at a fixed point that is not
    /// a target, such as a saddle or a repeller. Either `f(x) == x` exactly at some step,
    /// or at the end of the budget the last step `|f(x) - x|` was shorter than the tolerance
    /// and at least 1000 times shorter than the distance from `f(x)` to every target point.
    public static let otherFixedPoint: Int32 = -3
}
