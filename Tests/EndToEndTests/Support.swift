import Foundation
import Testing
import VerifyCommand

/// The repository's root folder, so that tests can name shipped specs by their paths.
let repositoryFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Runs `verify` in-process from the repository's root, so that reports name files as a
/// user in that folder would see them.
func runFromRepository(_ arguments: [String]) -> RunOutcome {
    let previous = FileManager.default.currentDirectoryPath
    FileManager.default.changeCurrentDirectoryPath(repositoryFolder.path)
    defer { FileManager.default.changeCurrentDirectoryPath(previous) }
    return runVerify(arguments)
}

/// The paths, relative to the repository, of the files in `folder` ending in `suffix`, sorted.
func repositoryFiles(in folder: String, endingWith suffix: String) -> [String] {
    let url = repositoryFolder.appendingPathComponent(folder)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
    return names.filter { $0.hasSuffix(suffix) }.sorted().map { "\(folder)/\($0)" }
}

/// Writes `text` to a fresh temporary file named `name` and returns its path.
func temporaryFile(_ name: String, _ text: String) throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("basinspec-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let url = folder.appendingPathComponent(name)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
}
