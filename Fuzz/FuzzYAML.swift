import Dynamics
import SpecModel
import SpecYAML

/// Feeds arbitrary bytes to the YAML front end. Any outcome but a crash, a hang or a
/// sanitizer report is fine: the reader must return a spec or diagnostics.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzYAML(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
    switch YAMLSpecReader.parse(bytes, file: "fuzz.yaml") {
    case .success(let spec):
        // `verify` builds the network of every spec it reads, so that step is fuzzed too.
        _ = Network.build(from: spec.network, file: "fuzz.yaml")
    case .failure(let invalid):
        precondition(!invalid.diagnostics.isEmpty, "a rejected file must come with a diagnostic")
    }
    return 0
}
