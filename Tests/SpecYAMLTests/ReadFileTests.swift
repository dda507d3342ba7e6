import Foundation
import SpecModel
import SpecYAML
import Testing

/// Creates a fresh directory for one test's files.
private func temporaryDirectory() throws -> String {
    let path = NSTemporaryDirectory() + "SpecYAMLTests-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// Returns the single whole-file problem that reading `path` reports.
private func fileProblem(_ path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Diagnostic? {
    let found = problems(of: YAMLSpecReader.read(contentsOf: path), sourceLocation: sourceLocation)
    #expect(found.count == 1, sourceLocation: sourceLocation)
    #expect(found.first?.location == nil, sourceLocation: sourceLocation)
    #expect(found.first?.file == path, sourceLocation: sourceLocation)
    return found.first
}

@Test func missingFileIsReported() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = "\(directory)/absent.yaml"

    let problem = fileProblem(path)
    #expect(problem?.code == "file-not-found")
    #expect(problem?.message == "no such file '\(path)'")
}

@Test func directoryIsReported() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }

    let problem = fileProblem(directory)
    #expect(problem?.code == "not-a-file")
    #expect(problem?.message == "'\(directory)' is a directory, not a spec file")
}

// Permissions do not stop root from reading, so the test runs only for other users.
@Test(.enabled(if: geteuid() != 0)) func unreadableFileIsReported() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = "\(directory)/locked.yaml"
    try minimalNetwork.write(toFile: path, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: path)

    let problem = fileProblem(path)
    #expect(problem?.code == "unreadable-file")
    #expect(problem?.message == "cannot read '\(path)': permission denied")
}

@Test func oversizedFileIsReported() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = "\(directory)/huge.yaml"
    let comment = Data(repeating: UInt8(ascii: "#"), count: YAMLSpecReader.maximumFileSize + 1)
    try comment.write(to: URL(fileURLWithPath: path))

    let problem = fileProblem(path)
    #expect(problem?.code == "file-too-large")
    #expect(problem?.message == "file is larger than the limit of 8 MiB")
}

@Test func fileAtTheSizeLimitIsRead() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let path = "\(directory)/large.yaml"
    var bytes = Array(minimalNetwork.utf8)
    bytes += Array(repeating: UInt8(ascii: "\n"), count: YAMLSpecReader.maximumFileSize - bytes.count)
    try Data(bytes).write(to: URL(fileURLWithPath: path))

    #expect(throws: Never.self) { try YAMLSpecReader.read(contentsOf: path).get() }
}

@Test func fileNameAppearsAsWritten() throws {
    let found = problems(of: YAMLSpecReader.parse(Array("name: [".utf8), file: "specs/../a.yaml"))
    #expect(found.map(\.file) == ["specs/../a.yaml"])
}
