extension Spec {
    /// Checks the settings and claims against each other and against the network's input
    /// dimension `d`: point lengths, the region, the resolution, the budgets and tolerances,
    /// fractions, counts, cycles, that a network with claims about iteration is an
    /// autoencoder, and the network's size against `SpecLimits`. Both front ends run these
    /// checks; the layers' dimensions are checked when the network is built.
    ///
    /// Returns every problem found, sorted by position; an empty array when there is none.
    public func validate(file: String) -> [Diagnostic] {
        let problems = SpecValidation.validate(
            input: network.input, output: network.output, analysis: analysis, expectations: expectations, file: file)
        return (problems + SpecLimits.networkProblems(network, file: file)).sortedByPosition()
    }
}

/// The checks behind `Spec.validate(file:)`, open to a front end that could read only some
/// sections of a file, so that it can still report every problem in the others.
public enum SpecValidation {
    /// Checks what `Spec.validate(file:)` checks, except the network's size. Without a usable
    /// `input` (absent, below 1 or above `SpecLimits.maximumUnits`) the checks that need `d`
    /// are skipped.
    public static func validate(
        input: Located<Int>?, output: Located<Int>?, analysis: AnalysisSettings, expectations: Expectations,
        file: String
    ) -> [Diagnostic] {
        var validator = Validator(file: file)
        validator.checkDimensions(input: input, output: output)
        let dimension = input.map(\.value).flatMap { (1...SpecLimits.maximumUnits).contains($0) ? $0 : nil }

        validator.check(analysis, dimension: dimension)
        validator.check(expectations, dimension: dimension)
        if let input, let output, output.value != input.value, claimsIteration(expectations) {
            validator.report(
                "not-iterable",
                "the network's output has \(output.value) coordinates and its input \(input.value), so it cannot be iterated, but the spec claims fixed points, attractors or cycles",
                at: output.location,
                help: "set 'output' to \(input.value) (an autoencoder), or remove those claims")
        }
        return validator.problems.sortedByPosition()
    }

    /// Returns the problem with the interval `[low, high]` of a region, or `nil` when it is a
    /// non-empty finite interval. Front ends call this before storing an interval, because a
    /// `ClosedRange` cannot hold one whose low end lies above its high end.
    public static func intervalProblem(
        low: Double, high: Double, axis: Int, file: String, location: SourceLocation
    ) -> Diagnostic? {
        guard low.isFinite, high.isFinite else {
            return Diagnostic(
                code: "invalid-region", message: "region interval \(axis) has a bound that is not finite", file: file,
                location: location, help: "bound the region with finite numbers")
        }
        guard low < high else {
            return Diagnostic(
                code: "invalid-region",
                message: "region interval \(axis) is [\(formatNumber(low)), \(formatNumber(high))], but its low end must be below its high end",
                file: file, location: location, help: "write the interval as [low, high] with low < high")
        }
        return nil
    }

    private static func claimsIteration(_ expectations: Expectations) -> Bool {
        expectations.fixedPoints != nil || !expectations.attractors.isEmpty || !expectations.notAttractive.isEmpty
            || expectations.attractorCount != nil || !expectations.cycles.isEmpty
    }
}

/// Collects the problems of one validation run.
private struct Validator {
    let file: String
    var problems: [Diagnostic] = []

    mutating func report(_ code: String, _ message: String, at location: SourceLocation, help: String?) {
        problems.append(Diagnostic(code: code, message: message, file: file, location: location, help: help))
    }

    mutating func checkDimensions(input: Located<Int>?, output: Located<Int>?) {
        for (key, dimension) in [("input", input), ("output", output)] {
            guard let dimension else { continue }
            if dimension.value > SpecLimits.maximumUnits {
                problems.append(SpecLimits.tooManyUnits(
                    "network \(key)", dimension.value, noun: "coordinates", at: dimension.location, file: file))
            }
            guard dimension.value < 1 else { continue }
            report(
                "invalid-dimension", "network \(key) must be at least 1, not \(dimension.value)", at: dimension.location,
                help: "set '\(key)' to the number of coordinates of the network's \(key)")
        }
    }

    // MARK: Analysis settings

    mutating func check(_ analysis: AnalysisSettings, dimension: Int?) {
        if let region = analysis.region {
            checkRegion(region, dimension: dimension)
        }
        if let resolution = analysis.resolution {
            checkResolution(resolution, dimension: dimension)
        }
        if let iterations = analysis.iterations, iterations.value < 1 {
            report(
                "invalid-iterations", "iterations must be at least 1, not \(iterations.value)", at: iterations.location,
                help: "set the iteration budget per starting point, such as 1000")
        }
        checkPositive(analysis.tolerance, name: "tolerance", help: "set the distance at which an orbit counts as converged, such as 1e-9")
        checkPositive(
            analysis.pointTolerance, name: "point_tolerance",
            help: "set how far a claimed point may lie from its fixed point, such as 1e-5")
    }

    mutating func checkRegion(_ region: Located<[ClosedRange<Double>]>, dimension: Int?) {
        if let dimension, region.value.count != dimension {
            report(
                "invalid-region",
                "region has \(plural(region.value.count, "interval")) but the network input has \(dimension)",
                at: region.location, help: "write one [low, high] pair per coordinate")
        }
        for (index, interval) in region.value.enumerated() {
            if let problem = SpecValidation.intervalProblem(
                low: interval.lowerBound, high: interval.upperBound, axis: index + 1, file: file,
                location: region.location)
            {
                problems.append(problem)
            }
        }
    }

    mutating func checkResolution(_ resolution: Located<[Int]>, dimension: Int?) {
        if resolution.value.isEmpty {
            report(
                "invalid-resolution", "resolution has no entries", at: resolution.location,
                help: "give one number for every axis, such as 801, or one per axis")
        }
        if let dimension, resolution.value.count > 1, resolution.value.count != dimension {
            report(
                "invalid-resolution",
                "resolution has \(resolution.value.count) entries but the network input has \(dimension)",
                at: resolution.location, help: "give one number for every axis, or one per axis")
        }
        for points in resolution.value where points < 2 {
            report(
                "invalid-resolution", "resolution must be at least 2, not \(points)", at: resolution.location,
                help: "resolution counts grid points per axis; use 2 or more")
        }
    }

    mutating func checkPositive(_ value: Located<Double>?, name: String, help: String) {
        guard let value, !(value.value > 0 && value.value.isFinite) else { return }
        report(
            "invalid-tolerance", "\(name) must be greater than 0, not \(formatNumber(value.value))", at: value.location,
            help: help)
    }

    // MARK: Claims

    mutating func check(_ expectations: Expectations, dimension: Int?) {
        checkCount(expectations.fixedPoints, name: "fixed_points")
        checkCount(expectations.attractorCount, name: "attractor_count")
        for attractor in expectations.attractors {
            checkPoint(attractor.at, dimension: dimension, subject: "point")
            check(attractor.basin, dimension: dimension)
        }
        for point in expectations.notAttractive {
            checkPoint(point, dimension: dimension, subject: "point")
        }
        for cycle in expectations.cycles {
            if cycle.points.value.isEmpty {
                report(
                    "empty-cycle", "cycle has no points", at: cycle.points.location,
                    help: "list the cycle's points in the order the network visits them")
            }
            for (index, point) in cycle.points.value.enumerated() {
                checkPoint(
                    Located(point, at: cycle.points.location), dimension: dimension, subject: "cycle point \(index + 1)")
            }
            check(cycle.basin, dimension: dimension)
        }
    }

    mutating func check(_ basin: BasinClaims, dimension: Int?) {
        for point in basin.contains + basin.excludes {
            checkPoint(point, dimension: dimension, subject: "point")
        }
        checkCount(basin.components, name: "components")
        guard let fraction = basin.fraction else { return }
        if !(0...1).contains(fraction.value.value) {
            report(
                "invalid-fraction", "fraction value must be between 0 and 1, not \(formatNumber(fraction.value.value))",
                at: fraction.location, help: "the value is the basin's share of the region's volume")
        }
        if !(fraction.value.tolerance >= 0 && fraction.value.tolerance.isFinite) {
            report(
                "invalid-fraction",
                "fraction tolerance must be at least 0, not \(formatNumber(fraction.value.tolerance))",
                at: fraction.location, help: "the tolerance is the slack allowed around the value, such as 0.05")
        }
    }

    mutating func checkPoint(_ point: Located<Point>, dimension: Int?, subject: String) {
        guard let dimension, point.value.count != dimension else { return }
        let example = "[" + Array(repeating: "0", count: dimension).joined(separator: ", ") + "]"
        report(
            "point-dimension",
            "\(subject) has \(plural(point.value.count, "coordinate")) but the network input has \(dimension)",
            at: point.location, help: "write a point as a list of \(dimension) numbers, such as \(example)")
    }

    mutating func checkCount(_ count: Located<Int>?, name: String) {
        guard let count, count.value < 0 else { return }
        report(
            "invalid-count", "\(name) must be at least 0, not \(count.value)", at: count.location,
            help: "'\(name)' counts something; write a whole number 0 or above")
    }

    func plural(_ count: Int, _ noun: String) -> String {
        count == 1 ? "1 \(noun)" : "\(count) \(noun)s"
    }
}
