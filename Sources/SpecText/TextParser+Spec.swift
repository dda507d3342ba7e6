import Foundation
import SpecModel

/// The rules for the top level and the network.
extension TextParser {
    /// Reads a whole file. Returns `nil` when any problem was reported.
    func parseSpec() -> Spec? {
        var version: Located<Int>?
        var name: Located<String>?
        var description: String?
        var network: NetworkSpec?
        var analysis = AnalysisSettings()
        var expectations = Expectations()

        // Keywords whose value failed to parse: their problem is reported already, so they
        // are not reported missing too.
        var written: Set<String> = []
        parseItems(of: .top, opening: nil) { keyword in
            written.insert(keyword.word ?? "")
            switch keyword.word {
            case "spec": version = try self.parseVersion().relocated(to: keyword)
            case "name": name = try self.parseString().map(trimmed).relocated(to: keyword)
            case "description": description = trimmed(try self.parseString().value)
            case "network": network = try self.parseNetwork(keyword: keyword)
            case "analysis": analysis = try self.parseAnalysis()
            default: expectations = try self.parseExpectations()
            }
        }

        if name == nil, !written.contains("name") {
            report(.missingKeyword("name", block: .top, example: "name \"Width two on the line\""), at: nil, length: 1)
        }
        if network == nil, !written.contains("network") {
            report(.missingKeyword("network", block: .top, example: "network R^2 { ... }"), at: nil, length: 1)
        }
        guard diagnostics.isEmpty, let name, let network else { return nil }
        return Spec(
            version: version, name: name, description: description, network: network, analysis: analysis,
            expectations: expectations)
    }

    /// Trims spaces and line breaks at both ends of a name or description, as the YAML
    /// reader does, so that both forms give the same text.
    private func trimmed(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func parseVersion() throws -> Located<Int> {
        let token = current
        let version = try parseWholeNumber()
        guard version.value == 1 else {
            throw fail(.unsupportedVersion(String(version.value)), at: token)
        }
        return version
    }

    /// Reads `network R^d -> R^k { ... }`.
    private func parseNetwork(keyword: Token) throws -> NetworkSpec {
        let input = try parseSpace("the input space")
        var output: Located<Int>?
        if current.isSymbol("->") {
            advance()
            output = try parseSpace("the output space")
        }

        var activation: Located<Activation>?
        var layers: [LayerSpec] = []
        try parseBlock(.network) { item in
            if item.word == "activation" {
                activation = try self.parseActivation().relocated(to: item)
            } else {
                layers.append(try self.parseLayer(keyword: item))
            }
        }
        return NetworkSpec(input: input, output: output, activation: activation, layers: layers, location: keyword.location)
    }

    /// Reads `R^d`, or `R` for d = 1, and returns d located at the `R`.
    private func parseSpace(_ role: String) throws -> Located<Int> {
        let token = current
        guard token.isIdentifier("R") else {
            throw fail(.expected("\(role), such as R^2", found: token), at: token)
        }
        advance()
        guard current.isSymbol("^") else { return Located(1, at: token.location) }
        advance()
        let dimension = try parseWholeNumber()
        return Located(dimension.value, at: token.location)
    }

    private func parseLayer(keyword: Token) throws -> LayerSpec {
        var weights: Located<Weights>?
        var bias: Located<[Scalar]>?
        var activation: Located<Activation>?
        var weightsWritten = false
        try parseBlock(.layer) { item in
            switch item.word {
            case "weights":
                weightsWritten = true
                weights = try self.parseWeights().relocated(to: item)
            case "bias": bias = try self.parseVector().relocated(to: item)
            default: activation = try self.parseActivation().relocated(to: item)
            }
        }
        guard let weights else {
            // Weights that were written but invalid are reported already.
            if weightsWritten { throw ItemAbandoned() }
            throw fail(.missingKeyword("weights", block: .layer, example: "weights [1, 0; 0, 1]"), at: keyword)
        }
        return LayerSpec(weights: weights, bias: bias, activation: activation, location: keyword.location)
    }

    /// Reads a matrix, `identity`, or `rotation DEGREES [scale S]`.
    private func parseWeights() throws -> Located<Weights> {
        let token = current
        switch token.kind {
        case .identifier("identity"):
            advance()
            return Located(.identity, at: token.location)
        case .identifier("rotation"):
            advance()
            let degrees = try parseNumber().value
            var scale: Scalar = 1
            if current.isIdentifier("scale") {
                advance()
                scale = try parseNumber().value
            }
            return Located(.rotation(degrees: degrees, scale: scale), at: token.location)
        case .symbol("["):
            let matrix = try parseMatrix()
            return Located(.matrix(matrix.value), at: matrix.location)
        default:
            throw fail(.expected("a matrix such as [1, 0; 0, 1], 'identity' or 'rotation'", found: token), at: token)
        }
    }
}
