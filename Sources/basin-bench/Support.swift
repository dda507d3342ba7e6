import Basins
import Foundation

/// Returns the peer that a `--peers` name selects.
func makePeer(_ name: String, options: BenchmarkOptions) -> Peer {
    let numpyScript = options.scripts + "/numpy_basins.py"
    switch name {
    case "numpy-plain":
        // The plain variant iterates every point the full budget, so one run is enough.
        return Peer(
            name: "numpy plain", script: numpyScript, extraArguments: ["--variant", "plain"], repeats: 1,
            peerLabel: numpyLabel)
    case "pynamicalsys":
        return Peer(
            name: "pynamicalsys", script: options.scripts + "/pynamicalsys_basins.py", extraArguments: [],
            repeats: options.peerRepeats, peerLabel: pynamicalsysLabel)
    default:
        return Peer(
            name: "numpy early-exit", script: numpyScript, extraArguments: ["--variant", "early-exit"],
            repeats: options.peerRepeats, peerLabel: numpyLabel)
    }
}

func seconds(_ duration: Duration) -> Double {
    let parts = duration.components
    return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/// Returns the 1, 5 and 15 minute load averages from `/proc/loadavg`, or `unknown` elsewhere.
func loadAverage() -> String {
    guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return "unknown" }
    return text.split(separator: " ").prefix(3).joined(separator: " ")
}

/// Maps once to warm caches and the thread pool, then `repeats` timed times; returns the
/// last grid and the times in seconds.
func timeMap(_ benchmark: BenchmarkCase, settings: BasinMapSettings, repeats: Int) -> (LabelGrid, [Double]) {
    var grid = computeBasinMap(of: benchmark.network, targets: benchmark.targets, settings: settings)
    var times: [Double] = []
    for _ in 0..<repeats {
        let start = ContinuousClock.now
        grid = computeBasinMap(of: benchmark.network, targets: benchmark.targets, settings: settings)
        times.append(seconds(ContinuousClock.now - start))
    }
    return (grid, times)
}

func labelCounts(_ grid: LabelGrid) -> String {
    grid.counts.sorted { $0.key > $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
}
