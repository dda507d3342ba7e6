import Foundation

/// The command line of `basin-bench`.
struct BenchmarkOptions {
    var cases: [String] = []
    /// Overrides every spec's iteration budget.
    var iterations: Int?
    /// Repeats each spec's layers cyclically to this many layers.
    var depth: Int?
    /// Timed runs of this map per case; the report gives their median.
    var repeats = 5
    var threads = ProcessInfo.processInfo.activeProcessorCount
    var peers: [String] = ["numpy"]
    var peerRepeats = 3
    var python = "python3"
    /// The folder holding the peer scripts.
    var scripts = "Benchmarks"
    /// Whether to follow every orbit once more and report where the point-iterations go.
    var breakdown = false
    /// When set, the map also runs with `BasinMapSettings.coarseStride` at this value, as a
    /// second row of the table.
    var coarseStride: Int?
    /// Whether to print one table row per case and run no peers, for scaling tables.
    var brief = false

    static let knownPeers = ["numpy", "numpy-plain", "pynamicalsys"]

    static let usage = """
        usage: basin-bench [options] SPEC[@N]...

        Times the basin map of each spec over its analysis.region, with N grid points per axis
        when given (the spec's resolution otherwise), and runs the Python peers on the same
        network, grid and budget. Build with -c release for meaningful numbers.

        options:
          --iterations N     iteration budget for every case (default: each spec's, or 1000)
          --depth N          repeat each spec's square layers cyclically to N layers
          --repeat N         timed runs of this map per case; the median is reported (default 5)
          --threads N        worker threads for this map (default: every core)
          --peers LIST       comma-separated: numpy, numpy-plain, pynamicalsys, or none (default numpy)
          --peer-repeat N    timed runs per peer (default 3)
          --python PATH      the Python interpreter for the peers (default python3)
          --scripts DIR      the folder with numpy_basins.py and pynamicalsys_basins.py (default Benchmarks)
          --breakdown        follow every orbit again and report how the point-iterations split by outcome
          --coarse-stride S  also time the map with the coarse-cell heuristic at stride S (at least 2)
          --brief            one table row per case (points, depth, budget, times, cost per layer), no peers
        """

    /// Parses the arguments after the program name; the error is one line for the user.
    static func parse(_ arguments: [String]) -> Result<BenchmarkOptions, OptionError> {
        var options = BenchmarkOptions()
        var remaining = arguments[...]
        while let argument = remaining.popFirst() {
            func value() throws(OptionError) -> String {
                guard let next = remaining.popFirst() else { throw OptionError("option '\(argument)' needs a value") }
                return next
            }
            func count() throws(OptionError) -> Int {
                let text = try value()
                guard let number = Int(text), number >= 1 else {
                    throw OptionError("option '\(argument)' needs a positive whole number, not '\(text)'")
                }
                return number
            }
            do throws(OptionError) {
                switch argument {
                case "--iterations": options.iterations = try count()
                case "--depth": options.depth = try count()
                case "--repeat": options.repeats = try count()
                case "--threads": options.threads = try count()
                case "--peer-repeat": options.peerRepeats = try count()
                case "--python": options.python = try value()
                case "--scripts": options.scripts = try value()
                case "--breakdown": options.breakdown = true
                case "--brief": options.brief = true
                case "--coarse-stride":
                    let stride = try count()
                    guard stride >= 2 else { throw OptionError("option '--coarse-stride' needs at least 2, not '\(stride)'") }
                    options.coarseStride = stride
                case "--peers":
                    let names = try value().split(separator: ",").map(String.init)
                    if let unknown = names.first(where: { $0 != "none" && !knownPeers.contains($0) }) {
                        throw OptionError("unknown peer '\(unknown)'; known peers are \(knownPeers.joined(separator: ", "))")
                    }
                    options.peers = names.filter { $0 != "none" }
                case "-h", "--help": throw OptionError("")
                default:
                    if argument.hasPrefix("-") { throw OptionError("unknown option '\(argument)'") }
                    options.cases.append(argument)
                }
            } catch {
                return .failure(error)
            }
        }
        if options.cases.isEmpty { return .failure(OptionError("missing spec file; pass at least one SPEC[@N]")) }
        return .success(options)
    }
}

/// A command-line problem. An empty message requests the usage text alone.
struct OptionError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
