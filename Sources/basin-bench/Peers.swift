import Basins
import Dynamics
import Foundation

/// A Python implementation of the same basin map, run as a separate process.
struct Peer {
    /// The name in the report, such as `numpy early-exit`.
    var name: String
    /// The script, relative to the working directory or absolute.
    var script: String
    /// Arguments that come after the common ones, such as `--variant plain`.
    var extraArguments: [String]
    /// How many timed runs the peer takes the median of.
    var repeats: Int
    /// Turns one of this map's labels into the label the peer gives the same orbit.
    var peerLabel: @Sendable (Int32) -> Int32
}

/// What a peer printed about its runs, and its labels.
struct PeerResult {
    var medianSeconds: Double
    var pointIterations: Int
    var labels: [Int32]
}

/// The reasons a peer run fails.
enum PeerError: Error, CustomStringConvertible {
    case failed(peer: String, status: Int32, output: String)
    case unreadableOutput(peer: String, output: String)
    case unreadableLabels(peer: String, path: String)

    var description: String {
        switch self {
        case .failed(let peer, let status, let output):
            "\(peer) exited with status \(status): \(output.suffix(600))"
        case .unreadableOutput(let peer, let output):
            "\(peer) printed no JSON result line: \(output.suffix(600))"
        case .unreadableLabels(let peer, let path):
            "\(peer) wrote no int8 labels to '\(path)'"
        }
    }
}

/// The NumPy script's labels: `k` for attractor `k`, -1 escaped, -2 for everything else.
/// It has no label for an orbit that stalls at a fixed point that is not an attractor.
@Sendable func numpyLabel(_ label: Int32) -> Int32 {
    label == BasinLabel.otherFixedPoint ? BasinLabel.unresolved : label
}

/// The pynamicalsys driver's labels: `k` for attractor `k`, -2 for every other orbit,
/// because its escape analysis has no test for divergence.
@Sendable func pynamicalsysLabel(_ label: Int32) -> Int32 {
    label >= 0 ? label : BasinLabel.unresolved
}

/// Runs `peer` on the case's network, grid and budget and reads back its labels.
func run(_ peer: Peer, on benchmark: BenchmarkCase, python: String, directory: URL) throws -> PeerResult {
    let networkFile = directory.appendingPathComponent("network.json")
    let labelsFile = directory.appendingPathComponent("labels.npy")
    try peerJSON(benchmark.network).write(to: networkFile, atomically: true, encoding: .utf8)
    try? FileManager.default.removeItem(at: labelsFile)

    precondition(Set(benchmark.resolution).count == 1, "the peers take one resolution for every axis")
    let region = benchmark.box.intervals.flatMap { [$0.lowerBound, $0.upperBound] }.map { "\($0)" }
    let attractors = benchmark.targets.map { "[" + $0.points[0].map { "\($0)" }.joined(separator: ", ") + "]" }
    var arguments = [peer.script, networkFile.path, "--region"] + region
    arguments += [
        "--resolution", "\(benchmark.resolution[0])", "--iterations", "\(benchmark.iterations)",
        "--tolerance", "\(benchmark.tolerance)", "--attractors", "[" + attractors.joined(separator: ", ") + "]",
        "--repeat", "\(peer.repeats)", "--labels", labelsFile.path,
    ]
    arguments += peer.extraArguments

    let output = try runProcess(python, arguments)
    guard output.status == 0 else { throw PeerError.failed(peer: peer.name, status: output.status, output: output.text) }
    guard let line = output.text.split(separator: "\n").last(where: { $0.hasPrefix("{") }),
        let json = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
        let median = (json["median_s"] as? NSNumber)?.doubleValue,
        let work = (json["point_iterations"] as? NSNumber)?.intValue
    else { throw PeerError.unreadableOutput(peer: peer.name, output: output.text) }
    guard let data = try? Data(contentsOf: labelsFile), let labels = readNumPyInt8(data) else {
        throw PeerError.unreadableLabels(peer: peer.name, path: labelsFile.path)
    }
    return PeerResult(medianSeconds: median, pointIterations: work, labels: labels)
}

/// Runs a program to its end and returns its exit status with standard output and error.
private func runProcess(_ program: String, _ arguments: [String]) throws -> (status: Int32, text: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [program] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

/// Writes the network in the JSON form the peer scripts read: one object per layer with
/// `weights` (one row per unit), `bias` and `activation` in the spec language's spelling.
/// Numbers are printed with Swift's shortest round-trip form, so Python reads the same doubles.
func peerJSON(_ network: Network) -> String {
    let layers = network.layers.map { layer in
        let rows = (0..<layer.weights.rows).map { row in
            "[" + (0..<layer.weights.columns).map { "\(layer.weights[row, $0])" }.joined(separator: ", ") + "]"
        }
        let bias = layer.bias.map { "\($0)" }.joined(separator: ", ")
        return "{\"weights\": [\(rows.joined(separator: ", "))], \"bias\": [\(bias)], \"activation\": \"\(layer.activation)\"}"
    }
    return "{\"input\": \(network.inputDimension), \"layers\": [\(layers.joined(separator: ", "))]}\n"
}

/// Reads a one-dimensional `int8` array from NumPy's `.npy` format, version 1 or 2.
func readNumPyInt8(_ data: Data) -> [Int32]? {
    let bytes = [UInt8](data)
    guard bytes.count > 12, bytes[0] == 0x93, String(decoding: bytes[1...5], as: UTF8.self) == "NUMPY" else { return nil }
    let major = bytes[6]
    let headerLength = major == 1
        ? Int(bytes[8]) | Int(bytes[9]) << 8
        : Int(bytes[8]) | Int(bytes[9]) << 8 | Int(bytes[10]) << 16 | Int(bytes[11]) << 24
    let headerStart = major == 1 ? 10 : 12
    guard bytes.count >= headerStart + headerLength else { return nil }
    let header = String(decoding: bytes[headerStart..<(headerStart + headerLength)], as: UTF8.self)
    guard header.contains("'|i1'"), header.contains("'fortran_order': False") else { return nil }
    return bytes[(headerStart + headerLength)...].map { Int32(Int8(bitPattern: $0)) }
}
