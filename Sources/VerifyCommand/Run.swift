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
    var drawingMessages: [String] = []
    let results = options.files.map { path in
        switch loadSpec(path: path) {
        case .failure(let invalid):
            return SpecResult(file: path, name: "", errors: invalid.diagnostics)
        case .success(let loaded):
            if let folder = options.drawFolder {
                drawingMessages.append(drawPicture(loaded, path: path, into: folder, options: settings))
            }
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
        standardOutput: report, standardError: drawingMessages.map { $0 + "\n" }.joined(),
        exitCode: summary.exitCode(allowInconclusive: options.allowInconclusive))
}

/// Writes a spec's basin picture and returns one line saying where, or why there is none.
/// A picture that cannot be written does not change the verdicts or the exit code.
private func drawPicture(_ loaded: LoadedSpec, path: String, into folder: String, options: VerificationOptions) -> String {
    do {
        guard let written = try writeBasinPicture(for: loaded, path: path, into: folder, options: options) else {
            return "verify: no picture of \(path): basin maps are drawn for networks R^d -> R^d with d = 1 or 2"
        }
        return "verify: drew the basins of \(path) in \(written)"
    } catch {
        return "verify: could not write the picture of \(path) into '\(folder)': \(error.localizedDescription)"
    }
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
