extension RefinedComponents {
    /// One component per group: the members' cells counted together, touching the edge when
    /// any member does, identified by the first member's representative.
    public var mergedComponents: [GridComponent] {
        groups.map { members in
            var merged = components[members[0]]
            for index in members.dropFirst() {
                let member = components[index]
                merged.cellCount += member.cellCount
                merged.touchesEdge = merged.touchesEdge || member.touchesEdge
                merged.lowerCorner = zip(merged.lowerCorner, member.lowerCorner).map { min($0, $1) }
                merged.upperCorner = zip(merged.upperCorner, member.upperCorner).map { max($0, $1) }
                merged.representative = min(merged.representative, member.representative)
            }
            return merged
        }
    }
}
