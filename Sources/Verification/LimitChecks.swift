import Dynamics
import Foundation
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

/// Returns the problem with a piecewise-linear network whose values could overflow floating
/// point on the region or near a claimed point, or `nil` when they cannot.
///
/// A layer maps a vector of norm at most r to one of norm at most g · r + b, where g is the
/// largest slope times the largest row or column sum of the weights and b the largest bias.
/// The bound starts from the largest region bound, claimed coordinate or point tolerance and
/// runs through every layer, k times for a cycle of period k (the map `f^k`). Without this check
/// the piece enumeration meets NaN pre-activations, which lie on no piece.
func checkNumericRange(of network: Network, spec: Spec, settings: ResolvedSettings, file: String) -> Diagnostic? {
    // NOTE: networks with smooth layers are not checked, because their analyses do not
    // enumerate pieces.
    guard network.isPiecewiseLinear else { return nil }
    let layers = network.layers.map { layer in
        (growth: layer.activation.pieceSlopes!.map(abs).max()! * largestLineSum(layer.weights),
         offset: layer.bias.map(abs).max() ?? 0)
    }
    let period = spec.expectations.cycles.map(\.points.value.count).max() ?? 1
    // Six orders of magnitude of headroom below the largest Double, about 1.8e308.
    let ceiling = 1e302

    var bound = max(1, largestMagnitude(spec, settings) * Defaults.recheckScale)
    for _ in 0..<max(1, period) {
        let before = bound
        for layer in layers {
            bound = max(bound, layer.growth * bound + layer.offset)
        }
        if !(bound <= ceiling) {
            return Diagnostic(
                code: "limit-exceeded",
                message: "the network can map points of the region to values beyond \(formatNumber(ceiling)), which overflows floating point",
                file: file, location: spec.network.location,
                help: "scale the weights and biases down, or shrink the region, the claimed points, the point tolerance or the cycles' periods")
        }
        if bound == before { break }
    }
    return nil
}

/// The largest row or column sum of absolute entries: the ∞- or 1-norm, whichever is larger.
private func largestLineSum(_ matrix: Matrix) -> Double {
    var rowSums = [Double](repeating: 0, count: matrix.rows)
    var columnSums = [Double](repeating: 0, count: matrix.columns)
    for row in 0..<matrix.rows {
        for column in 0..<matrix.columns {
            let magnitude = abs(matrix.entries[row * matrix.columns + column])
            rowSums[row] += magnitude
            columnSums[column] += magnitude
        }
    }
    return max(rowSums.max() ?? 0, columnSums.max() ?? 0)
}

/// The largest magnitude of a region bound, a claimed point's coordinate or the point tolerance.
private func largestMagnitude(_ spec: Spec, _ settings: ResolvedSettings) -> Double {
    var largest = settings.pointTolerance
    for interval in settings.region.intervals {
        largest = max(largest, abs(interval.lowerBound), abs(interval.upperBound))
    }
    let expect = spec.expectations
    var points = expect.notAttractive.map(\.value.values) + expect.attractors.map(\.at.value.values)
    points += expect.cycles.flatMap { $0.points.value.map(\.values) }
    for point in points {
        largest = max(largest, point.map(abs).max() ?? 0)
    }
    return largest
}
