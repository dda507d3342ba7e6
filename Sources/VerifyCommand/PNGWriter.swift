import Foundation

/// An 8-bit RGB image, row by row from the top.
struct RGBImage {
    let width: Int
    let height: Int
    var pixels: [UInt8]

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
        pixels = [UInt8](repeating: 0, count: width * height * 3)
    }

    subscript(x: Int, y: Int) -> (UInt8, UInt8, UInt8) {
        get {
            let offset = (y * width + x) * 3
            return (pixels[offset], pixels[offset + 1], pixels[offset + 2])
        }
        set {
            let offset = (y * width + x) * 3
            (pixels[offset], pixels[offset + 1], pixels[offset + 2]) = newValue
        }
    }
}

/// Encodes an image as PNG. The image data goes into zlib "stored" blocks, which need no
/// compression library: files are larger than compressed ones, but any PNG reader opens them.
func encodePNG(_ image: RGBImage) -> [UInt8] {
    var raw: [UInt8] = []
    raw.reserveCapacity((image.width * 3 + 1) * image.height)
    for y in 0..<image.height {
        raw.append(0)  // no filter on this row
        let start = y * image.width * 3
        raw += image.pixels[start..<(start + image.width * 3)]
    }

    var header: [UInt8] = []
    header += bigEndian(UInt32(image.width)) + bigEndian(UInt32(image.height))
    header += [8, 2, 0, 0, 0]  // 8 bits per channel, RGB, deflate, no filter method, no interlace
    var file: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    file += chunk("IHDR", header) + chunk("IDAT", storedZlibStream(raw)) + chunk("IEND", [])
    return file
}

/// Wraps data in a zlib stream of uncompressed deflate blocks of at most 65535 bytes.
private func storedZlibStream(_ data: [UInt8]) -> [UInt8] {
    var stream: [UInt8] = [0x78, 0x01]
    var offset = 0
    repeat {
        let length = min(65_535, data.count - offset)
        let isLast = offset + length == data.count
        stream.append(isLast ? 1 : 0)
        stream += [UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8((~length >> 8) & 0xFF)]
        stream += data[offset..<(offset + length)]
        offset += length
    } while offset < data.count
    return stream + bigEndian(adler32(data))
}

private func chunk(_ type: String, _ data: [UInt8]) -> [UInt8] {
    let typeBytes = Array(type.utf8)
    return bigEndian(UInt32(data.count)) + typeBytes + data + bigEndian(crc32(typeBytes + data))
}

private func bigEndian(_ value: UInt32) -> [UInt8] {
    [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
}

private func adler32(_ data: [UInt8]) -> UInt32 {
    var (a, b): (UInt32, UInt32) = (1, 0)
    for byte in data {
        a = (a + UInt32(byte)) % 65_521
        b = (b + a) % 65_521
    }
    return b << 16 | a
}

/// Computes the CRC-32 that PNG chunks carry (the polynomial 0xEDB88320, reflected).
private func crc32(_ data: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in data {
        crc ^= UInt32(byte)
        for _ in 0..<8 {
            crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1
        }
    }
    return ~crc
}
