import Basins
import Foundation

// basin-bench: times basin maps and runs the Python peers on the same maps in the same run.
// The report is plain text meant to be pasted into Benchmarks/RESULTS.md.

let options: BenchmarkOptions
switch BenchmarkOptions.parse(Array(CommandLine.arguments.dropFirst())) {
case .success(let parsed): options = parsed
case .failure(let error):
    let message = error.message.isEmpty ? "" : "basin-bench: \(error.message)\n\n"
    FileHandle.standardError.write(Data((message + BenchmarkOptions.usage + "\n").utf8))
    exit(error.message.isEmpty ? 0 : 2)
}

/// Formats one line of the timing table.
func row(_ engine: String, threads: Int, seconds: Double, runs: Int, points: Int, work: Int, ours: Double?, labels: String) -> String {
    let columns = [
        engine.padding(toLength: 22, withPad: " ", startingAt: 0),
        "\(threads)".padding(toLength: 8, withPad: " ", startingAt: 0),
        String(format: "%-10.4f", seconds),
        "\(runs)".padding(toLength: 5, withPad: " ", startingAt: 0),
        "\(work)".padding(toLength: 14, withPad: " ", startingAt: 0),
        String(format: "%-11.3e", Double(work) / seconds),
        String(format: "%-11.3e", Double(points) / seconds),
        (ours.map { String(format: "%.1f", seconds / $0) } ?? "1").padding(toLength: 9, withPad: " ", startingAt: 0),
        labels,
    ]
    return "  " + columns.joined(separator: " ")
}

print("machine: \(ProcessInfo.processInfo.activeProcessorCount) cores; load average before: \(loadAverage())")
var failures = 0
if options.brief {
    print("| case | grid points | depth | budget | median s | point-iterations | points/s | ns per point-iteration and layer |")
    print("|---|---|---|---|---|---|---|---|")
}

for argument in options.cases {
    let benchmark: BenchmarkCase
    do {
        benchmark = try loadCase(argument: argument, iterations: options.iterations, depth: options.depth)
    } catch {
        FileHandle.standardError.write(Data("basin-bench: \(error)\n".utf8))
        failures += 1
        continue
    }
    if !options.brief {
        print("\ncase \(benchmark.name)")
        print("  \(benchmark.summary)")
        print("  engine                 threads  median s   runs point-iter.    point-it/s  points/s    peer/ours labels differing from this map")
    }

    let settings = benchmark.settings(threads: options.threads)
    let (grid, times) = timeMap(benchmark, settings: settings, repeats: options.repeats)
    let ours = median(times)
    if options.brief {
        let perLayer = ours * 1e9 / Double(max(1, grid.pointIterations * benchmark.network.depth))
        print(
            "| \(benchmark.name) | \(grid.pointCount) | \(benchmark.network.depth) | \(benchmark.iterations) | "
                + String(format: "%.4f", ours) + " | \(grid.pointIterations) | "
                + String(format: "%.3e", Double(grid.pointCount) / ours) + " | " + String(format: "%.2f", perLayer) + " |")
        continue
    }
    print(row(
        "basinspec", threads: options.threads, seconds: ours, runs: options.repeats, points: grid.pointCount,
        work: grid.pointIterations, ours: nil, labels: "-"))
    print("  this map's labels: \(labelCounts(grid)); runs (s): \(times.map { String(format: "%.4f", $0) }.joined(separator: ", "))")

    // The coarse-cell heuristic is timed and compared against the exact map and each peer.
    var coarse: (grid: LabelGrid, seconds: Double, name: String)?
    if let stride = options.coarseStride {
        var coarseSettings = settings
        coarseSettings.coarseStride = stride
        let (coarseGrid, coarseTimes) = timeMap(benchmark, settings: coarseSettings, repeats: options.repeats)
        let name = "basinspec coarse \(stride)"
        let changed = LabelComparison(ours: grid, theirs: coarseGrid.labels, peerLabel: { $0 })
        print(row(
            name, threads: options.threads, seconds: median(coarseTimes), runs: options.repeats,
            points: coarseGrid.pointCount, work: coarseGrid.pointIterations, ours: ours, labels: changed.summary))
        coarse = (coarseGrid, median(coarseTimes), name)
    }

    for name in options.peers {
        let peer = makePeer(name, options: options)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("basin-bench-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            let result = try run(peer, on: benchmark, python: options.python, directory: directory)
            let comparison = LabelComparison(ours: grid, theirs: result.labels, peerLabel: peer.peerLabel)
            print(row(
                peer.name, threads: 1, seconds: result.medianSeconds, runs: peer.repeats, points: grid.pointCount,
                work: result.pointIterations, ours: ours, labels: comparison.summary))
            if let coarse {
                let against = LabelComparison(ours: coarse.grid, theirs: result.labels, peerLabel: peer.peerLabel)
                let ratio = String(format: "%.1f", result.medianSeconds / coarse.seconds)
                print("    against \(coarse.name): peer/ours \(ratio), labels differing \(against.summary)")
            }
        } catch {
            print("  \(peer.name): failed: \(error)")
            failures += 1
        }
    }

    if options.breakdown { print(orbitBreakdown(of: benchmark, grid: grid)) }
}

print("\nload average after: \(loadAverage())")
exit(failures == 0 ? 0 : 1)
