import Foundation
import SpecModel
import SpecText
import SpecYAML
import Testing

/// The repository's root folder.
let repositoryFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Returns the absolute path of a file named relative to the repository's root.
func repositoryPath(_ relative: String) -> String {
    repositoryFolder.appendingPathComponent(relative).path
}

/// Lists the files directly in `folder` that end in one of `suffixes`, sorted, as paths
/// relative to the repository. The list is empty when the folder does not exist.
func repositoryFiles(in folder: String, endingWith suffixes: [String]) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: repositoryPath(folder))) ?? []
    return names.filter { name in suffixes.contains { name.hasSuffix($0) } }.sorted().map { "\(folder)/\($0)" }
}

/// The folders of shipped specs that are valid specs: the teaching examples and the
/// deliberately wrong claims. Specs with structural errors live in a folder below these and
/// are not listed, because they have no model to compare.
let specFolders = ["Specs", "Specs/violations"]

/// Every shipped YAML spec, relative to the repository.
let shippedYAMLSpecs = specFolders.flatMap { repositoryFiles(in: $0, endingWith: [".yaml", ".yml"]) }

/// Every shipped text spec, relative to the repository.
let shippedTextSpecs = specFolders.flatMap { repositoryFiles(in: $0, endingWith: [".basin"]) }

/// Returns the path of a YAML spec's text twin: the same name ending in `.basin`.
func textTwin(of yamlPath: String) -> String {
    let stem = yamlPath.hasSuffix(".yml") ? yamlPath.dropLast(4) : yamlPath.dropLast(5)
    return stem + ".basin"
}

func readRepositoryFile(_ relative: String) throws -> String {
    try String(contentsOfFile: repositoryPath(relative), encoding: .utf8)
}

/// Writes `text` to a fresh temporary file named `name` and returns its path.
func temporaryFile(_ name: String, _ text: String) throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("basinspec-forms-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let url = folder.appendingPathComponent(name)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
}

/// Reads a spec, named relative to the repository, with the front end its extension names.
func readSpec(_ relative: String) throws -> Spec {
    try readSpec(fromAbsolutePath: repositoryPath(relative))
}

/// Reads a spec with the front end its extension names, as `verify` does.
func readSpec(fromAbsolutePath path: String) throws -> Spec {
    let result = path.hasSuffix(".basin") ? TextSpecReader.read(contentsOf: path) : YAMLSpecReader.read(contentsOf: path)
    return try result.get()
}
