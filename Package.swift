// swift-tools-version:6.0
import PackageDescription

// The targets follow the flow of a check: a spec file is read by a front end
// (SpecYAML or SpecText) into the SpecModel, the network is analysed (Dynamics,
// Basins, Theory), each claim is judged (Verification) and the verdicts are
// rendered (Reporting). The `verify` executable is a thin command line on top.
let package = Package(
    name: "BasinSpec",
    products: [
        .executable(name: "verify", targets: ["verify"]),
        .executable(name: "basin-bench", targets: ["basin-bench"]),
        .library(
            name: "BasinSpec",
            targets: [
                "SpecModel", "SpecYAML", "SpecText", "Dynamics", "Basins", "Theory", "Verification", "Reporting",
                "VerifyCommand",
            ]
        ),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        .target(name: "SpecModel"),
        .target(name: "SpecYAML", dependencies: ["SpecModel", "CYAML"]),
        .target(name: "SpecText", dependencies: ["SpecModel"]),
        .target(name: "Dynamics", dependencies: ["SpecModel"]),
        .target(name: "Basins", dependencies: ["Dynamics"]),
        .target(name: "Theory", dependencies: ["Dynamics"]),
        .target(name: "Verification", dependencies: ["SpecModel", "Dynamics", "Basins", "Theory"]),
        .target(name: "Reporting", dependencies: ["SpecModel", "Verification"]),
        .target(
            name: "VerifyCommand",
            dependencies: ["SpecModel", "SpecYAML", "SpecText", "Dynamics", "Basins", "Verification", "Reporting"]
        ),
        .executableTarget(name: "verify", dependencies: ["VerifyCommand"]),
        .executableTarget(name: "basin-bench", dependencies: ["SpecModel", "Dynamics", "Basins", "Verification", "Reporting", "VerifyCommand"]),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "SpecModelTests", dependencies: ["SpecModel"]),
        .testTarget(name: "SpecYAMLTests", dependencies: ["SpecYAML", "SpecModel"], exclude: ["Fixtures"]),
        .testTarget(
            name: "SpecTextTests", dependencies: ["SpecText", "SpecYAML", "SpecModel", "Reporting", "TestSupport"],
            exclude: ["Fixtures", "validate_schema.py"]
        ),
        .testTarget(
            name: "SpecFormsTests",
            dependencies: ["SpecModel", "SpecYAML", "SpecText", "VerifyCommand", "TestSupport"]
        ),
        .testTarget(name: "DynamicsTests", dependencies: ["Dynamics", "SpecModel"]),
        .testTarget(name: "BasinsTests", dependencies: ["Basins", "Dynamics", "SpecModel"]),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["SpecModel", "SpecYAML", "SpecText", "Verification", "Reporting", "VerifyCommand", "TestSupport"],
            exclude: ["Expected"]
        ),
        .testTarget(name: "BadInputTests", dependencies: ["VerifyCommand"], exclude: ["Catalogue", "Specs"]),
    ]
)
