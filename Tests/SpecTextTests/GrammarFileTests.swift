import Foundation
@testable import SpecText
import Testing

/// Collects the words in double quotes in the EBNF grammar, such as `network`.
/// The lexical rules quote single letters as characters, so those are left out, except the
/// words `R`, `x` and `e`.
func grammarWords() throws -> Set<String> {
    let grammar = try String(
        contentsOf: repositoryFolder.appendingPathComponent("Grammar/basinspec.ebnf"), encoding: .utf8)
    let pattern = try NSRegularExpression(pattern: "\"([A-Za-z_]+)\"")
    let matches = pattern.matches(in: grammar, range: NSRange(grammar.startIndex..., in: grammar))
    let words = matches.map { String(grammar[Range($0.range(at: 1), in: grammar)!]) }
    return Set(words.filter { $0.count >= 2 || ["R", "x", "e"].contains($0) })
}

@Test func grammarNamesEveryParserKeyword() throws {
    let words = try grammarWords()
    let blocks: [Block] = [.top, .network, .layer, .analysis, .expect, .attractor, .cycle]
    for keyword in Set(blocks.flatMap(\.keywords)) {
        #expect(words.contains(keyword), "the grammar does not mention '\(keyword)'")
    }
}

@Test func highlighterCoversEveryGrammarWord() throws {
    let data = try Data(contentsOf: repositoryFolder.appendingPathComponent("Grammar/basinspec.tmLanguage.json"))
    let grammar = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let rules = try #require(grammar["repository"] as? [String: [String: Any]])
    let patterns = try rules.values.compactMap { $0["match"] as? String }.map { try NSRegularExpression(pattern: $0) }

    for word in try grammarWords() {
        let range = NSRange(word.startIndex..., in: word)
        let covered = patterns.contains { $0.firstMatch(in: word, range: range)?.range == range }
        #expect(covered, "no highlighting rule matches '\(word)'")
    }
}
