import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads the bytes of a spec file, for either front end, with the same checks and messages.
public enum SpecFile {
    /// The largest file accepted, in bytes (8 MiB). A spec contains one network and claims
    /// about it, so a larger file is almost certainly the wrong file.
    public static let maximumSize = 8 * 1024 * 1024

    /// Reads at most `maximumSize + 1` bytes, so that a huge or endless file (a device, say)
    /// is rejected without being read whole. Messages name the file as `path` is written.
    public static func read(_ path: String) -> Result<[UInt8], InvalidSpec> {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            let error = errno
            if error == ENOENT || error == ENOTDIR {
                return failure(path, "file-not-found", "no such file '\(path)'", "check the path and the current directory")
            }
            return failure(path, "unreadable-file", "cannot read '\(path)': \(reason(error))", "check the file's permissions")
        }
        defer { close(descriptor) }

        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
            return failure(path, "not-a-file", "'\(path)' is a directory, not a spec file", "name a .yaml, .yml or .basin file")
        }

        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while bytes.count <= maximumSize {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return failure(path, "unreadable-file", "cannot read '\(path)': \(reason(errno))", "check the file's permissions")
            }
            if count == 0 { break }
            bytes += chunk[..<count]
        }
        guard bytes.count <= maximumSize else {
            return .failure(InvalidSpec([tooLarge(file: path)]))
        }
        return .success(bytes)
    }

    /// Returns the diagnostic for a file over `maximumSize`.
    public static func tooLarge(file: String) -> Diagnostic {
        Diagnostic(
            code: "file-too-large", message: "file is larger than the limit of \(maximumSize / (1024 * 1024)) MiB",
            file: file, help: "check that this is the right file; a spec contains one network and its claims")
    }

    /// Returns the 1-based location of the first byte sequence that is not UTF-8, or `nil`
    /// when every byte is.
    public static func firstInvalidUTF8(in bytes: [UInt8]) -> SourceLocation? {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var location = SourceLocation(line: 1, column: 1)
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" {
                    location = SourceLocation(line: location.line + 1, column: 1)
                } else {
                    location.column += 1
                }
            case .emptyInput:
                return nil
            case .error:
                return location
            }
        }
    }

    /// Returns the diagnostic for bytes that are not UTF-8.
    public static func invalidUTF8(file: String, at location: SourceLocation) -> Diagnostic {
        Diagnostic(
            code: "invalid-utf8", message: "file is not valid UTF-8 here", file: file, location: location,
            help: "save the file with UTF-8 encoding")
    }

    private static func reason(_ error: Int32) -> String {
        String(cString: strerror(error)).lowercased()
    }

    private static func failure(_ path: String, _ code: String, _ message: String, _ help: String) -> Result<[UInt8], InvalidSpec> {
        .failure(InvalidSpec([Diagnostic(code: code, message: message, file: path, help: help)]))
    }
}
