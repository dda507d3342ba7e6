import Foundation
import Reporting
import SpecModel
import SpecText
import Verification

/// What a run printed and the exit code it ends with.
public struct RunOutcome: Equatable, Sendable {
    public var standardOutput: String
    public var standardError: String
    public var exitCode: Int32
}

/// Runs `verify` with the given arguments (without the program name) and returns what it
/// would print; `main` writes it out. Kept apart from process state so tests can call it.
public func runVerify(_ arguments: [String]) -> RunOutcome {
    switch parseCommandLine(arguments) {
    case .failure(let error):
        return RunOutcome(standardOutput: "", standardError: "verify: \(error.message)\n\n\(usage)\n", exitCode: 2)
    case .success(.help):
        return RunOutcome(standardOutput: usage + "\n", standardError: "", exitCode: 0)
    case .success(.convert(let path, let target)):
        return convertSpec(path: path, to: target)
    case .success(.check(let options)):
        return check(options)
    }
}

private func check(_ options: CheckOptions) -> RunOutcome {
    let settings = VerificationOptions(threads: options.threads, timeLimit: options.timeLimit)
    let results = options.files.map { path in
        switch loadSpec(path: path) {
        case .failure(let invalid):
            return SpecResult(file: path, name: "", errors: invalid.diagnostics)
        case .success(let loaded):
            return verify(loaded.spec, network: loaded.network, file: path, options: settings)
        }
    }
    let summary = RunSummary(results: results)
    let report: String
    switch options.format {
    case .text: report = renderTextReport(results, options: TextReportOptions(verbose: options.verbose, explain: options.explain))
    case .json: report = renderJSONReport(results, explain: options.explain)
    }
    return RunOutcome(
        standardOutput: report, standardError: "",
        exitCode: summary.exitCode(allowInconclusive: options.allowInconclusive))
}

private func convertSpec(path: String, to target: SpecFormat) -> RunOutcome {
    switch loadSpec(path: path) {
    case .failure(let invalid):
        let text = invalid.diagnostics.sortedByPosition().map(renderDiagnostic).joined(separator: "\n\n")
        return RunOutcome(standardOutput: "", standardError: text + "\n", exitCode: 2)
    case .success(let loaded):
        let output = target == .text ? TextSpecWriter.write(loaded.spec) : YAMLSpecWriter.write(loaded.spec)
        return RunOutcome(standardOutput: output, standardError: "", exitCode: 0)
    }
}
