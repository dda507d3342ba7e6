/// Labels from the NumPy baseline (`numpy_basins.py`, early-exit variant, NumPy 2.4.6) for
/// two test networks, run-length encoded as `label x count` in grid order.
///
/// Made by writing each network to a JSON file and running, for `hardtanhDepthSix`,
///
///     python3 numpy_basins.py net6.json --region -3 3 -3 3 --resolution 97 --iterations 1000 \
///         --tolerance 1e-9 --attractors '[[-1,1],[-0.70912,-1],[1,-0.9657],[1,0.346]]' \
///         --repeat 1 --labels net6.npy
///
/// and for `diagonalBand(width: 0.05)`
///
///     python3 numpy_basins.py band.json --region -1.5 1.5 -1.5 1.5 --resolution 97 \
///         --iterations 1000 --tolerance 1e-9 --attractors '[[0,0]]' --repeat 1 --labels band.npy
///
/// then encoding each `.npy` file's runs of equal labels as `label` `x` `count`, separated
/// by spaces. The network files were
///
///     {"input": 2, "layers": [
///      {"weights": [[1.5, 0.3], [-0.2, 1.4]], "bias": [0.1, -0.2], "activation": "hardtanh"},
///      {"weights": [[0.9, -0.6], [0.5, 1.2]], "bias": [0.0, 0.1], "activation": "hardtanh"},
///      {"weights": [[1.3, 0.2], [0.4, 1.1]], "bias": [-0.1, 0.05], "activation": "hardtanh"},
///      {"weights": [[1.1, -0.5], [0.3, 0.9]], "bias": [0.2, 0.0], "activation": "hardtanh"},
///      {"weights": [[1.2, 0.4], [-0.6, 1.0]], "bias": [0.0, -0.1], "activation": "hardtanh"},
///      {"weights": [[1.4, 0.1], [-0.3, 1.3]], "bias": [0.05, 0.1], "activation": "hardtanh"}]}
///
///     {"input": 2, "layers": [{"weights": [[20.0, -20.0], [0.5, 0.5]], "bias": [0, 0], "activation": "cube"}, {"weights": [[0.025, 1], [-0.025, 1]], "bias": [0, 0], "activation": "identity"}]}
enum PeerFixtures {
    static let hardtanhDepthSixResolution = 97
    static let hardtanhDepthSixLabels = """
        1x49 0x48 1x50 0x47 1x50 0x47 1x50 0x47 1x50 0x47 1x50 0x47 1x50 0x47 1x50 0x47 1x51 0x46 1x51
        0x46 1x51 0x46 1x51 0x46 1x51 0x46 1x51 0x46 1x51 0x46 1x52 0x45 1x52 0x45 1x52 0x45 1x52 0x45
        1x52 0x45 1x52 0x45 1x52 0x45 1x53 0x44 1x53 0x44 1x53 0x44 1x53 0x44 1x53 0x44 1x53 0x44 1x53
        0x44 1x54 0x43 1x54 0x43 1x54 0x43 1x54 0x43 1x54 0x43 1x54 0x43 1x54 0x43 1x54 0x43 1x54 0x43
        1x53 0x44 1x53 0x44 1x36 2x3 1x13 0x45 1x31 2x11 1x10 0x45 1x26 2x19 1x7 0x45 1x21 2x27 1x4 0x45
        1x16 2x34 1x1 0x42 3x4 1x11 2x40 0x37 3x9 1x6 2x45 3x1 0x31 3x14 1x1 2x50 3x3 0x24 3x19 2x50 3x6
        0x17 3x24 2x50 3x10 0x8 3x29 2x50 3x12 0x1 3x34 2x50 3x47 2x50 3x47 2x50 3x47 2x50 3x47 2x49
        3x48 2x49 3x48 2x48 3x49 2x48 3x49 2x48 3x49 2x48 3x49 2x48 3x49 2x49 3x48 2x49 3x48 2x49 3x48
        2x49 3x48 2x49 3x48 2x49 3x48 2x49 3x48 2x50 3x47 2x50 3x47 2x50 3x47 2x50 3x47 2x50 3x47 2x50
        3x47 2x50 3x47 2x51 3x46 2x51 3x46 2x51 3x46 2x51 3x46 2x51 3x46 2x51 3x46 2x51 3x46 2x52 3x45
        2x52 3x45 2x52 3x45 2x52 3x45 2x52 3x45 2x52 3x45 2x52 3x45 2x53 3x44 2x53 3x44 2x53 3x44 2x53
        3x44 2x53 3x44 2x53 3x44 2x53 3x44
        """

    static let diagonalBandResolution = 97
    static let diagonalBandLabels = """
        -1x1568 -2x1 0x1 -1x95 0x3 -1x95 0x3 -1x95 0x3 -1x95 0x3 -1x95 0x3 -1x95 0x3 -1x95 0x3 -1x95 0x3
        -1x95 0x3 -1x95 0x3 -1x95 0x3 -1x95 0x3 -1x95 0x3 -1x95 0x3 -1x95 0x3 -1x95 0x3 -1x95 0x3 -1x95
        0x3 -1x95 0x3 -1x95 0x3 -1x95 0x3 -1x95 0x3 -1x95 0x3 -1x95 0x3 -1x95 0x3 -1x95 0x3 -1x95 0x3
        -1x95 0x3 -1x95 0x3 -1x95 0x3 -1x95 0x3 -1x95 0x3 -1x95 0x3 -1x95 0x3 -1x95 0x3 -1x95 0x3 -1x95
        0x3 -1x95 0x3 -1x95 0x3 -1x95 0x3 -1x95 0x3 -1x95 0x3 -1x95 0x3 -1x95 0x3 -1x95 0x3 -1x95 0x3
        -1x95 0x3 -1x95 0x3 -1x95 0x3 -1x95 0x3 -1x95 0x3 -1x95 0x3 -1x95 0x3 -1x95 0x3 -1x95 0x3 -1x95
        0x3 -1x95 0x3 -1x95 0x3 -1x95 0x3 -1x95 0x3 -1x95 0x3 -1x95 0x3 -1x95 0x3 -1x95 0x1 -2x1 -1x1568
        """

    /// Expands a run-length encoding made as above.
    static func decode(_ runs: String) -> [Int32] {
        runs.split(whereSeparator: { $0 == " " || $0 == "\n" }).flatMap { run -> [Int32] in
            let parts = run.split(separator: "x")
            return Array(repeating: Int32(parts[0])!, count: Int(parts[1])!)
        }
    }
}
