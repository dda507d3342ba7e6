import SpecModel

/// The rules for the analysis settings. Each setting is located at its keyword, as the YAML
/// reader locates it at its key.
extension TextParser {
    func parseAnalysis() throws -> AnalysisSettings {
        var settings = AnalysisSettings()
        try parseBlock(.analysis) { item in
            switch item.word {
            case "region": settings.region = try self.parseRegion().relocated(to: item)
            case "resolution": settings.resolution = try self.parseResolution().relocated(to: item)
            case "iterations": settings.iterations = try self.parseWholeNumber().relocated(to: item)
            case "tolerance": settings.tolerance = try self.parseNumber().map(\.value).relocated(to: item)
            case "point_tolerance":
                settings.pointTolerance = try self.parseNumber().map(\.value).relocated(to: item)
            default: settings.seed = try self.parseSeed().relocated(to: item)
            }
        }
        return settings
    }

    /// Reads intervals joined by `x`, as in `[-4, 4] x [-2, 2]`.
    private func parseRegion() throws -> Located<[ClosedRange<Double>]> {
        let start = current
        var intervals = [try parseInterval()]
        while isTimes(current) {
            advance()
            intervals.append(try parseInterval())
        }
        return Located(intervals, at: start.location)
    }

    private func parseInterval() throws -> ClosedRange<Double> {
        let opening = try expectSymbol("[", "an interval such as [-4, 4]")
        skipNewlines()
        let low = try parseNumber().value
        skipNewlines()
        try expectSymbol(",")
        skipNewlines()
        let high = try parseNumber().value
        skipNewlines()
        let closing = try expectSymbol("]")
        guard low.value <= high.value else {
            report(.emptyInterval(low: low.description, high: high.description), at: opening.location,
                length: closing.location.column + 1 - opening.location.column)
            throw ItemAbandoned()
        }
        return low.value...high.value
    }

    /// Reads grid points per axis, one number or several joined by `x`, as in `801 x 401`.
    private func parseResolution() throws -> Located<[Int]> {
        let first = try parseWholeNumber()
        var counts = [first.value]
        while isTimes(current) {
            advance()
            counts.append(try parseWholeNumber().value)
        }
        return Located(counts, at: first.location)
    }

    private func isTimes(_ token: Token) -> Bool {
        token.isIdentifier("x") || token.isSymbol("×")
    }
}

extension Located {
    /// Transforms the value and keeps its location.
    func map<Other>(_ transform: (Value) -> Other) -> Located<Other> {
        Located<Other>(transform(value), at: location)
    }
}
