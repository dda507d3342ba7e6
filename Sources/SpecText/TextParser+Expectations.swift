import SpecModel

/// The rules for the expect block. A claim is located at the keyword that states it, and a
/// point of a list at the point itself, as the YAML reader locates keys and list items.
extension TextParser {
    func parseExpectations() throws -> Expectations {
        var expectations = Expectations()
        try parseBlock(.expect) { item in
            switch item.word {
            case "fixed_points":
                expectations.fixedPoints = Located(try self.parseWholeNumber().value, at: item.location)
            case "attractor_count":
                expectations.attractorCount = Located(try self.parseWholeNumber().value, at: item.location)
            case "attractor":
                expectations.attractors.append(try self.parseAttractor(keyword: item))
            case "not_attractive":
                expectations.notAttractive = try self.parsePoints()
            case "cycle":
                expectations.cycles.append(try self.parseCycle(keyword: item))
            default:
                expectations.theorems.append(try self.parseTheorem(keyword: item))
            }
        }
        return expectations
    }

    /// Reads `attractor POINT { ... }`; the block is optional.
    private func parseAttractor(keyword: Token) throws -> AttractorClaim {
        let point = try parsePoint()
        let (name, basin) = try parseBasin(.attractor)
        return AttractorClaim(at: Located(point.value, at: keyword.location), name: name, basin: basin)
    }

    /// Reads `cycle P1 -> P2 -> ... { ... }`; the block is optional.
    private func parseCycle(keyword: Token) throws -> CycleClaim {
        var points = [try parsePoint().value]
        while current.isSymbol("->") {
            advance()
            points.append(try parsePoint().value)
        }
        let (name, basin) = try parseBasin(.cycle)
        return CycleClaim(points: Located(points, at: keyword.location), name: name, basin: basin)
    }

    /// Reads `theorem 2.2`, optionally followed by `applies` or `does not apply`.
    private func parseTheorem(keyword: Token) throws -> TheoremClaim {
        let token = current
        guard case .number(let text) = token.kind else {
            throw fail(.expected("a theorem number such as 2.2", found: token), at: token)
        }
        guard let theorem = TheoremID(rawValue: text) else {
            throw fail(.unknownTheorem(text), at: token)
        }
        advance()

        var applies = true
        if current.isIdentifier("applies") {
            advance()
        } else if current.isIdentifier("does") {
            advance()
            for word in ["not", "apply"] {
                guard current.isIdentifier(word) else {
                    throw fail(.expected("'\(word)' in 'does not apply'", found: current), at: current)
                }
                advance()
            }
            applies = false
        }
        return TheoremClaim(theorem: Located(theorem, at: token.location), applies: applies, location: keyword.location)
    }

    /// Reads the optional block of an attractor or a cycle: its name and the claims about
    /// its basin.
    private func parseBasin(_ block: Block) throws -> (String?, BasinClaims) {
        var name: String?
        var basin = BasinClaims()
        guard current.isSymbol("{") else { return (nil, basin) }

        try parseBlock(block) { item in
            switch item.word {
            case "name": name = try self.parseString().value
            case "contains": basin.contains = try self.parsePoints()
            case "excludes": basin.excludes = try self.parsePoints()
            case "bounded": basin.bounded = try self.parseBoolean().relocated(to: item)
            case "path_connected": basin.pathConnected = try self.parseBoolean().relocated(to: item)
            case "components": basin.components = try self.parseWholeNumber().relocated(to: item)
            case "complement_bounded_components":
                basin.complementBoundedComponents = try self.parseBoolean().relocated(to: item)
            default: basin.fraction = try self.parseFraction(keyword: item)
            }
        }
        return (name, basin)
    }

    /// Reads `fraction VALUE +- TOLERANCE`.
    private func parseFraction(keyword: Token) throws -> Located<FractionClaim> {
        let value = try parseNumber().value
        try expectSymbol("±", "'+-' and the tolerance, as in 0.5 +- 0.05")
        let tolerance = try parseNumber().value
        return Located(FractionClaim(value: value.value, tolerance: tolerance.value), at: keyword.location)
    }
}

extension Located {
    /// Moves the value's location to the keyword that states it.
    func relocated(to keyword: Token) -> Located {
        Located(value, at: keyword.location)
    }
}
