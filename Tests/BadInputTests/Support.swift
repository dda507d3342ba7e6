import Foundation
import VerifyCommand

/// The directory of this test target, which holds the catalogue and the example specs.
let testDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().path
let catalogueDirectory = testDirectory + "/Catalogue"
let specsDirectory = testDirectory + "/Specs"

/// Runs `verify` with `arguments` and writes the outcome as the catalogue records it: the
/// command, the exit code, then standard output and standard error whole. Paths under
/// `directory` are written relative to it, so the text does not depend on the checkout.
func transcript(_ arguments: [String], relativeTo directory: String) -> String {
    let outcome = runVerify(arguments)
    let prefix = directory + "/"
    let shownArguments = arguments.map { $0.replacingOccurrences(of: prefix, with: "") }
    return """
        $ verify \(shownArguments.joined(separator: " "))
        exit code \(outcome.exitCode)
        --- standard output
        \(outcome.standardOutput.replacingOccurrences(of: prefix, with: ""))--- standard error
        \(outcome.standardError.replacingOccurrences(of: prefix, with: ""))
        """
}

/// The names of the entries of `directory`, sorted; empty when it cannot be listed.
func entries(of directory: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).sorted()
}
