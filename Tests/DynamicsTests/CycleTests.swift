import Dynamics
import Foundation
import Testing

/// The positive root of `tanh(2a) = a`, by bisection on [0.5, 1.5], where the sign changes.
private func tanhCycleAmplitude() -> Double {
    var (low, high) = (0.5, 1.5)
    for _ in 0..<200 {
        let middle = (low + high) / 2
        if tanh(2 * middle) - middle > 0 { low = middle } else { high = middle }
    }
    return (low + high) / 2
}

@Test func negativeTanhTwoCycle() throws {
    // f(a) = −tanh(2a) = −a and f(−a) = a. (f²)'(a) = f'(a) f'(−a) = 4 (1 − a²)², because
    // f'(x) = −2 (1 − tanh²(2x)) and tanh(±2a) = ±a.
    let a = tanhCycleAmplitude()
    let cycle = try #require(refineCycle(near: [[0.96], [-0.96]], of: TestNetworks.negativeTanh, within: 0.01))
    #expect(abs(cycle.points[0][0] - a) < 1e-12)
    #expect(abs(cycle.points[1][0] + a) < 1e-12)
    #expect(abs(cycle.distances[0] - abs(0.96 - a)) < 1e-12)
    #expect(cycle.stability.stability == .attractive)
    let expectedRadius = 4 * (1 - a * a) * (1 - a * a)
    #expect(abs(try #require(cycle.stability.spectralRadius) - expectedRadius) < 1e-9)
}

@Test func negativeTanhCycleWrongOrder() {
    let a = tanhCycleAmplitude()
    // f(a) = −a, so a claimed orbit a → a is no cycle.
    #expect(refineCycle(near: [[a], [a]], of: TestNetworks.negativeTanh, within: 0.01) == nil)
    #expect(refineCycle(near: [[0.5], [-0.5]], of: TestNetworks.negativeTanh, within: 0.01) == nil)
}

@Test func negativeHardtanhTwoCycle() throws {
    // hardtanh(−2x) maps 1 to −1 and back; both points are saturated, so D(f²) = 0. The kink
    // −2x = −1 lies at distance (2 − 1) / 2 = 1/2 from x = 1.
    let cycle = try #require(refineCycle(near: [[1.00001], [-0.99999]], of: TestNetworks.negativeHardtanh, within: 1e-3))
    #expect(cycle.points == [[1], [-1]])
    #expect(cycle.stability.stability == .attractive)
    #expect(cycle.stability.spectralRadius == 0)
    let radius = try #require(cycle.stability.trapRadius)
    #expect(radius <= 0.5)
    #expect(radius > 0.5 - 1e-6)
}

@Test func negativeTanhFixedPointAsCycleOfOne() throws {
    // A one-point cycle is a fixed point: 0, with f'(0) = −2.
    let cycle = try #require(refineCycle(near: [[0.001]], of: TestNetworks.negativeTanh, within: 0.01))
    #expect(abs(cycle.points[0][0]) < 1e-15)
    #expect(cycle.stability.stability == .notAttractive)
}
