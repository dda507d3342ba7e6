import SpecModel

extension Diagnostic {
    /// The longest message kept whole, in characters.
    static let maximumMessageLength = 240

    /// The diagnostic with a message that fits on one readable line. Control characters that
    /// a quoted value brought in (a line break in a quoted key, say) are escaped, and a
    /// message over `maximumMessageLength` is cut in the middle, where a long quoted value
    /// sits, so that it still shows how it starts and ends.
    func fittedToOneLine() -> Diagnostic {
        var copy = self
        copy.message = escapingControlCharacters(message)
        guard copy.message.count > Self.maximumMessageLength else { return copy }
        let kept = (Self.maximumMessageLength - 1) / 2
        copy.message = String(copy.message.prefix(kept)) + "…" + String(copy.message.suffix(kept))
        return copy
    }
}

/// Writes control characters and Unicode line breaks as escapes such as `\n` or `\u{7F}`.
private func escapingControlCharacters(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: isLineBreaking) else { return text }
    var result = ""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\n": result += "\\n"
        case "\r": result += "\\r"
        case "\t": result += "\\t"
        case _ where isLineBreaking(scalar): result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
        default: result.unicodeScalars.append(scalar)
        }
    }
    return result
}

private func isLineBreaking(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == "\u{2028}" || scalar == "\u{2029}"
}
