import SpecModel

/// Returns the problems with the work a spec asks for, against `SpecLimits`: the grid points
/// of one basin map and the iterations spent on them. Defaults count as written, so a spec
/// that leaves `resolution` out is measured at the default resolution.
func checkLimits(of spec: Spec, settings: ResolvedSettings, file: String) -> [Diagnostic] {
    let analysis = spec.analysis
    // Basin maps are drawn for d ≤ 2 only; in higher dimensions orbits start from single points.
    let drawsMaps = spec.network.input.value <= 2
    let gridPoints = drawsMaps ? saturatingProduct(settings.resolution) : 1
    let resolutionLocation = analysis.resolution?.location ?? spec.network.location

    if gridPoints > SpecLimits.maximumGridPoints {
        let axes = settings.resolution.map(String.init).joined(separator: " × ")
        return [Diagnostic(
            code: "limit-exceeded",
            message: "a basin map at resolution \(axes) has \(describe(gridPoints)) grid points, more than the limit of \(SpecLimits.maximumGridPoints)",
            file: file, location: resolutionLocation,
            help: "lower 'resolution': up to 4096 per axis in the plane, or \(SpecLimits.maximumGridPoints) on a line")]
    }

    let (steps, overflow) = settings.iterations.multipliedReportingOverflow(by: gridPoints)
    if overflow || steps > SpecLimits.maximumOrbitSteps {
        let product = overflow ? "more than \(Int.max)" : String(steps)
        let factors = drawsMaps ? "\(settings.iterations) iterations × \(gridPoints) grid points" : "\(settings.iterations) iterations"
        return [Diagnostic(
            code: "limit-exceeded",
            message: "\(factors) is \(product) orbit steps, more than the limit of \(SpecLimits.maximumOrbitSteps)",
            file: file, location: analysis.iterations?.location ?? resolutionLocation,
            help: drawsMaps
                ? "lower 'iterations' or 'resolution' so that their product stays within the limit"
                : "lower 'iterations' to at most \(SpecLimits.maximumOrbitSteps)")]
    }
    return []
}

/// The product of `factors`, or `Int.max` when it does not fit.
private func saturatingProduct(_ factors: [Int]) -> Int {
    var product = 1
    for factor in factors {
        let (next, overflow) = product.multipliedReportingOverflow(by: factor)
        if overflow { return Int.max }
        product = next
    }
    return product
}

private func describe(_ count: Int) -> String {
    count == Int.max ? "more than \(Int.max)" : String(count)
}
