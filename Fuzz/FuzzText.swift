import Dynamics
import SpecModel
import SpecText

/// Feeds arbitrary bytes to the text front end, through the same UTF-8 check as a file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzText(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
    guard SpecFile.firstInvalidUTF8(in: bytes) == nil else { return 0 }
    switch TextSpecReader.parse(String(decoding: bytes, as: UTF8.self), file: "fuzz.basin") {
    case .success(let spec):
        // `verify` builds the network of every spec it reads, so that step is fuzzed too.
        _ = Network.build(from: spec.network, file: "fuzz.basin")
    case .failure(let invalid):
        precondition(!invalid.diagnostics.isEmpty, "a rejected file must come with a diagnostic")
    }
    return 0
}
