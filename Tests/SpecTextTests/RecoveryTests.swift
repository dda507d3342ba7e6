import SpecModel
import SpecText
import Testing

@Test func parserReportsEveryErrorInFile() {
    let source = """
        name "recovery"
        network R^2 {
          activaton relu
          layer {
            weights [1, 0; 0, 1]
            bias [0, @]
          }
          layer { weights identity; activation rellu }
        }
        analysis {
          iterations many
          seed 7
        }
        expect {
          attractor (0, 0) {
            bounded maybe
            components 2
          }
          theorem 2.5
          fixed_points 1
        }
        """
    guard case .failure(let invalid) = TextSpecReader.parse(source, file: "recovery.basin") else {
        Issue.record("accepted")
        return
    }
    let found = invalid.diagnostics.map { "\($0.location!) \($0.code)" }
    #expect(found == [
        "3:3 unknown-key", "6:14 unexpected-character", "6:15 syntax-error", "8:40 unknown-activation",
        "11:14 syntax-error", "16:13 syntax-error", "19:11 unknown-theorem",
    ])
}

@Test func parserRecoversFromBrokenBlockHeader() {
    // The whole block after a misspelt keyword is skipped, so its items are not
    // reported again as misplaced.
    let source = """
        name "header"
        network R { layer { weights [1] } }
        expect {
          atractor 0 {
            bounded true
          }
          fixed_points x
        }
        """
    guard case .failure(let invalid) = TextSpecReader.parse(source, file: "header.basin") else {
        Issue.record("accepted")
        return
    }
    #expect(invalid.diagnostics.map(\.message) == [
        "unknown keyword 'atractor' in the expect block", "expected a whole number, found 'x'",
    ])
    #expect(invalid.diagnostics.first?.help == "did you mean 'attractor'?")
}
