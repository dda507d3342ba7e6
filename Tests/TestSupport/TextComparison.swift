import Foundation
import Testing

/// Compares two texts whole; when they differ, records one issue listing each differing line
/// (`-` expected, `+` actual), so that a failing report shows where it went wrong.
public func expectSameText(_ actual: String, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
    guard actual != expected else { return }
    let actualLines = actual.components(separatedBy: "\n")
    let expectedLines = expected.components(separatedBy: "\n")
    var diff: [String] = []
    for index in 0..<max(actualLines.count, expectedLines.count) {
        let left = index < expectedLines.count ? expectedLines[index] : "<none>"
        let right = index < actualLines.count ? actualLines[index] : "<none>"
        if left != right { diff.append("line \(index + 1):\n- \(left)\n+ \(right)") }
    }
    Issue.record("texts differ (- expected, + actual):\n\(diff.joined(separator: "\n"))", sourceLocation: sourceLocation)
}
