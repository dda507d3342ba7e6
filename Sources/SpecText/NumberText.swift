import SpecModel

/// Formats a number for both writers: `formatNumber`'s shortest form that reads back as the
/// same `Double`, with the exponent's leading zeros dropped, so `1e-9` rather than `1e-09`.
func numberText(_ value: Double) -> String {
    let text = formatNumber(value)
    guard let exponent = text.firstIndex(where: { $0 == "e" || $0 == "E" }) else { return text }

    var digits = text[text.index(after: exponent)...]
    var sign = ""
    if let first = digits.first, first == "-" || first == "+" {
        sign = String(first)
        digits = digits.dropFirst()
    }
    let trimmed = digits.drop { $0 == "0" }
    return text[...exponent] + sign + (trimmed.isEmpty ? "0" : trimmed)
}

extension Scalar {
    /// The scalar as the writers print it: the author's expression when there is one,
    /// otherwise `numberText` of its value.
    var writtenText: String {
        expression ?? numberText(value)
    }
}
