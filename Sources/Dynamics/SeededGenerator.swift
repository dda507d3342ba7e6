import Foundation

/// SplitMix64 (Steele, Lea and Flood, 2014): a small generator whose whole stream follows from
/// its seed, so that every analysis returns the same result on every machine.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform sample from `range`, from the top 53 bits so the result is the same everywhere.
    mutating func uniform(in range: ClosedRange<Double>) -> Double {
        let unit = Double(next() >> 11) / Double(1 << 53)
        return range.lowerBound + unit * (range.upperBound - range.lowerBound)
    }

    /// A uniformly distributed unit vector in `R^dimension`, by normalising a Gaussian sample.
    mutating func unitVector(dimension: Int) -> [Double] {
        while true {
            let vector = (0..<dimension).map { _ in standardNormal() }
            let norm = euclideanNorm(vector)
            if norm > 1e-12 { return vector.map { $0 / norm } }
        }
    }

    /// A standard normal sample by the Box–Muller transform.
    mutating func standardNormal() -> Double {
        let radius = (-2 * Foundation.log(1 - uniform(in: 0...1) * 0.999_999_999_999)).squareRoot()
        return radius * Foundation.cos(2 * Double.pi * uniform(in: 0...1))
    }
}
