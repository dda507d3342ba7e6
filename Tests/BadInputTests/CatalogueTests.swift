import Foundation
import Testing
import VerifyCommand

/// One catalogue entry: the input path relative to the catalogue, such as `yaml/empty.yaml`.
/// The input may be missing or a directory on purpose; its `.expected` file always exists.
struct CatalogueEntry: CustomTestStringConvertible, Sendable {
    var name: String
    var path: String { catalogueDirectory + "/" + name }
    var expectedPath: String { path + ".expected" }
    var testDescription: String { name }
}

/// Every entry that has an expected transcript, in both front ends' folders.
let catalogue: [CatalogueEntry] = ["yaml", "text"].flatMap { folder in
    entries(of: catalogueDirectory + "/" + folder)
        .filter { $0.hasSuffix(".expected") }
        .map { CatalogueEntry(name: folder + "/" + String($0.dropLast(".expected".count))) }
}

/// Set this environment variable to rewrite every `.expected` file from the current output;
/// review the change with `git diff` before committing it.
let regenerateVariable = "BASINSPEC_REGENERATE_CATALOGUE"

@Suite("Bad input catalogue")
struct CatalogueTests {
    @Test("catalogue output matches expected", arguments: catalogue)
    func outputMatchesExpected(_ entry: CatalogueEntry) throws {
        let actual = transcript([entry.path], relativeTo: catalogueDirectory)
        let expected = try String(contentsOfFile: entry.expectedPath, encoding: .utf8)
        #expect(actual == expected, "run with \(regenerateVariable)=1 to rewrite, then review the diff")
    }

    @Test("catalogue entry exits with 2", arguments: catalogue)
    func exitsWithTwo(_ entry: CatalogueEntry) {
        #expect(runVerify([entry.path]).exitCode == 2)
    }

    /// Each problem starts with one line `file[:line:column]: error: message`; what follows
    /// it is the quoted source, its underline or a help line.
    @Test("catalogue errors are one line each", arguments: catalogue)
    func errorsAreOneLine(_ entry: CatalogueEntry) {
        let output = runVerify([entry.path]).standardOutput
        let blocks = output.components(separatedBy: "\n\n").dropLast()
        #expect(!blocks.isEmpty)
        for block in blocks {
            let lines = block.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines[0].hasPrefix(entry.path + ":") && lines[0].contains(": error: "), "heading: \(lines[0])")
            for line in lines.dropFirst() {
                #expect(line.hasPrefix(" ") && (line.contains(" | ") || line.hasPrefix("  help: ")), "extra line: \(line)")
            }
        }
        #expect(output.hasSuffix("; 1 error\n"))
    }

    @Test("catalogue JSON reports the error", arguments: catalogue)
    func jsonReportsError(_ entry: CatalogueEntry) throws {
        let outcome = runVerify(["--format", "json", entry.path])
        #expect(outcome.exitCode == 2)

        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
        let specs = try #require(document["specs"] as? [[String: Any]])
        let summary = try #require(document["summary"] as? [String: Any])
        #expect(specs.count == 1)
        #expect(specs.first?["status"] as? String == "error")
        #expect(summary["errors"] as? Int == 1)

        let errors = try #require(specs.first?["errors"] as? [[String: Any]])
        #expect(!errors.isEmpty)
        for error in errors {
            let message = try #require(error["message"] as? String)
            #expect(!message.contains("\n"))
            #expect((error["code"] as? String)?.isEmpty == false)
        }
    }

    @Test("every catalogue input has an expected transcript")
    func everyInputHasExpected() {
        for folder in ["yaml", "text"] {
            let names = entries(of: catalogueDirectory + "/" + folder)
            for name in names where !name.hasSuffix(".expected") {
                #expect(names.contains(name + ".expected"), "\(folder)/\(name) has no .expected file")
            }
        }
    }

    @Test("catalogue covers both front ends")
    func coversBothFrontEnds() {
        #expect(catalogue.filter { $0.name.hasPrefix("yaml/") }.count >= 40)
        #expect(catalogue.filter { $0.name.hasPrefix("text/") }.count >= 40)
    }

    /// Writes every `.expected` file from the current output, when asked to.
    @Test("regenerate expected transcripts", .enabled(if: ProcessInfo.processInfo.environment[regenerateVariable] != nil))
    func regenerate() throws {
        for folder in ["yaml", "text"] {
            let directory = catalogueDirectory + "/" + folder
            let inputs = Set(entries(of: directory).map { $0.hasSuffix(".expected") ? String($0.dropLast(9)) : $0 })
            for input in inputs.sorted() {
                let entry = CatalogueEntry(name: folder + "/" + input)
                try transcript([entry.path], relativeTo: catalogueDirectory)
                    .write(toFile: entry.expectedPath, atomically: true, encoding: .utf8)
            }
        }
    }
}
