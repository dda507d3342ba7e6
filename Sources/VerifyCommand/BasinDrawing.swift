import Basins
import Foundation
import SpecModel
import Verification

/// Colours of the attractors' basins, in target order; they repeat after eight.
private let palette: [(UInt8, UInt8, UInt8)] = [
    (214, 39, 40), (44, 160, 44), (31, 119, 180), (255, 127, 14),
    (148, 103, 189), (23, 190, 207), (227, 119, 194), (188, 189, 34),
]

/// Draws a spec's basin map: one colour per attractor, black where orbits escape, grey where
/// they stay unresolved and white where they stop at a fixed point that is not a target.
/// The first coordinate runs left to right and the second bottom to top; a one-dimensional
/// map is drawn as a band 48 pixels high.
func drawBasins(_ picture: BasinPicture) -> RGBImage {
    let grid = picture.grid
    let width = grid.resolution[0]
    let height = grid.resolution.count > 1 ? grid.resolution[1] : 48
    var image = RGBImage(width: width, height: height)
    for x in 0..<width {
        for y in 0..<height {
            let position = grid.resolution.count > 1 ? [x, height - 1 - y] : [x]
            image[x, y] = colour(of: grid.labels[grid.flatIndex(of: position)])
        }
    }
    return image
}

private func colour(of label: Int32) -> (UInt8, UInt8, UInt8) {
    switch label {
    case BasinLabel.escaped: (0, 0, 0)
    case BasinLabel.unresolved: (128, 128, 128)
    case BasinLabel.otherFixedPoint: (255, 255, 255)
    default: palette[Int(label) % palette.count]
    }
}

/// Writes the basin picture of a spec into `folder` as `NAME.png`, NAME being the spec
/// file's name without its extension. Returns the path written, or `nil` when the network
/// has no picture (more than two dimensions, or not an autoencoder).
func writeBasinPicture(for loaded: LoadedSpec, path: String, into folder: String, options: VerificationOptions) throws -> String? {
    guard let picture = basinPicture(of: loaded.spec, network: loaded.network, options: options) else { return nil }
    let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    let output = URL(fileURLWithPath: folder).appendingPathComponent("\(name).png")
    try Data(encodePNG(drawBasins(picture))).write(to: output)
    return output.path
}
