/// Everything a spec claims about its network. Each claim keeps the location of the key or
/// list item that states it, so that a report can point at it.
public struct Expectations: Equatable, Sendable {
    /// How many fixed points lie in the region.
    public var fixedPoints: Located<Int>?
    public var attractors: [AttractorClaim]
    /// Fixed points claimed to be not attractive.
    public var notAttractive: [Located<Point>]
    /// How many attractive fixed points lie in the region.
    public var attractorCount: Located<Int>?
    /// Stable discrete limit cycles.
    public var cycles: [CycleClaim]
    public var theorems: [TheoremClaim]

    public init(
        fixedPoints: Located<Int>? = nil,
        attractors: [AttractorClaim] = [],
        notAttractive: [Located<Point>] = [],
        attractorCount: Located<Int>? = nil,
        cycles: [CycleClaim] = [],
        theorems: [TheoremClaim] = []
    ) {
        self.fixedPoints = fixedPoints
        self.attractors = attractors
        self.notAttractive = notAttractive
        self.attractorCount = attractorCount
        self.cycles = cycles
        self.theorems = theorems
    }

    /// Whether the spec claims nothing at all.
    public var isEmpty: Bool {
        fixedPoints == nil && attractors.isEmpty && notAttractive.isEmpty && attractorCount == nil
            && cycles.isEmpty && theorems.isEmpty
    }
}

/// The claim that a point is an attractive fixed point, with claims about its basin.
public struct AttractorClaim: Equatable, Sendable {
    /// The claimed point; it names the fixed point nearest to it within the point tolerance.
    public var at: Located<Point>
    /// A label for reports.
    public var name: String?
    public var basin: BasinClaims

    public init(at: Located<Point>, name: String? = nil, basin: BasinClaims = BasinClaims()) {
        self.at = at
        self.name = name
        self.basin = basin
    }
}

/// The claim that a finite set of points is a stable discrete limit cycle, `f(p_i) = p_{i+1}`
/// and `f(p_k) = p_1`, with claims about its basin.
public struct CycleClaim: Equatable, Sendable {
    public var points: Located<[Point]>
    public var name: String?
    public var basin: BasinClaims

    public init(points: Located<[Point]>, name: String? = nil, basin: BasinClaims = BasinClaims()) {
        self.points = points
        self.name = name
        self.basin = basin
    }
}

/// Claims about a basin of attraction. `bounded`, `pathConnected` and
/// `complementBoundedComponents` are about all of `R^d`; `components` and `fraction` about
/// the basin's part inside the analysis region.
public struct BasinClaims: Equatable, Sendable {
    /// Points whose orbits converge to the attractor.
    public var contains: [Located<Point>]
    /// Points whose orbits do not.
    public var excludes: [Located<Point>]
    public var bounded: Located<Bool>?
    public var pathConnected: Located<Bool>?
    /// How many components the basin has inside the region.
    public var components: Located<Int>?
    /// Whether the basin's complement has a bounded component (a hole).
    public var complementBoundedComponents: Located<Bool>?
    /// The basin's share of the region's volume.
    public var fraction: Located<FractionClaim>?

    public init(
        contains: [Located<Point>] = [],
        excludes: [Located<Point>] = [],
        bounded: Located<Bool>? = nil,
        pathConnected: Located<Bool>? = nil,
        components: Located<Int>? = nil,
        complementBoundedComponents: Located<Bool>? = nil,
        fraction: Located<FractionClaim>? = nil
    ) {
        self.contains = contains
        self.excludes = excludes
        self.bounded = bounded
        self.pathConnected = pathConnected
        self.components = components
        self.complementBoundedComponents = complementBoundedComponents
        self.fraction = fraction
    }

    public var isEmpty: Bool {
        contains.isEmpty && excludes.isEmpty && bounded == nil && pathConnected == nil && components == nil
            && complementBoundedComponents == nil && fraction == nil
    }
}

/// A share of the region's volume, with the slack the author allows.
public struct FractionClaim: Equatable, Sendable {
    public var value: Double
    public var tolerance: Double

    public init(value: Double, tolerance: Double) {
        self.value = value
        self.tolerance = tolerance
    }
}

/// The theorems of Beise and Dias Da Cruz, "Topological properties of basins of attraction
/// of width bounded autoencoders", that a spec can cite by number.
public enum TheoremID: String, CaseIterable, Sendable {
    /// Width at most d and a rank-deficient weight matrix: every basin component is unbounded.
    case unboundedBasins = "2.1"
    /// Width at most d: the complement of every basin has no bounded component.
    case noHoles = "2.2"
    /// Surjective monotone activation, square full-rank matrices: every basin is path-connected.
    case pathConnected = "2.10"
}

/// The claim that a theorem's hypotheses hold for the network (so its conclusion must hold),
/// or, with `applies: false`, that they fail.
public struct TheoremClaim: Equatable, Sendable {
    public var theorem: Located<TheoremID>
    public var applies: Bool
    /// Where the claim starts: the list item.
    public var location: SourceLocation

    public init(theorem: Located<TheoremID>, applies: Bool = true, location: SourceLocation) {
        self.theorem = theorem
        self.applies = applies
        self.location = location
    }

    public static func == (lhs: TheoremClaim, rhs: TheoremClaim) -> Bool {
        lhs.theorem == rhs.theorem && lhs.applies == rhs.applies
    }
}
