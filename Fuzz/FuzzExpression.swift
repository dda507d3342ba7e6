import SpecModel

/// Feeds arbitrary text to the number expression parser. A result must be finite, and an
/// error must point inside the expression.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExpression(_ data: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: count)) } ?? []
    let text = String(decoding: bytes, as: UTF8.self)
    switch NumberExpression.evaluate(text) {
    case .success(let scalar):
        precondition(scalar.value.isFinite, "a number expression evaluated to a non-finite value")
    case .failure(let error):
        let length = text.unicodeScalars.count
        precondition(error.offset >= 0 && error.offset <= max(0, length), "an error offset lies outside the expression")
        precondition(error.length >= 1, "an error spans no text")
    }
    return 0
}
