/// What the user asked `verify` to do, read from its arguments.
public enum Command: Equatable, Sendable {
    /// Check spec files and report.
    case check(CheckOptions)
    /// Write a spec file in the other form.
    case convert(path: String, to: SpecFormat)
    case help
}

/// Options of `verify FILE...`.
public struct CheckOptions: Equatable, Sendable {
    public enum Format: String, Sendable { case text, json }

    public var files: [String] = []
    public var format = Format.text
    public var verbose = false
    public var explain = false
    public var allowInconclusive = false
    /// Threads for basin maps; `nil` uses every core.
    public var threads: Int?
    /// Wall-clock seconds allowed per spec; `nil` for no limit.
    public var timeLimit: Double?
    /// A folder to write each spec's basin picture into, for networks of dimension 1 or 2.
    public var drawFolder: String?

    public init() {}
}

/// A problem with the command line itself, reported with the usage text and exit code 2.
public struct UsageError: Error, Equatable {
    public var message: String
}

public let usage = """
    usage: verify [options] FILE...
           verify convert FILE --to text|yaml

    Checks every claim in each spec file (YAML .yaml/.yml, or the text form .basin) and
    reports the claims that failed or were inconclusive.

    options:
      --format text|json     report format (default: text)
      --verbose              list passed claims too
      --explain              print the settings in force and each theorem's hypotheses
      --allow-inconclusive   let inconclusive claims pass (exit 0 instead of 1)
      --threads N            threads for basin maps (default: every core)
      --draw FOLDER          write each spec's basin map as FOLDER/NAME.png (d = 1 or 2)
      --time-limit SECONDS   time allowed per spec; claims not checked by then are
                             inconclusive (default: no limit)
      -h, --help             print this help

    exit codes: 0 every claim passed; 1 a claim failed or was inconclusive;
                2 a file could not be read or is not a valid spec, or the command line is invalid
    """

/// Reads `verify`'s arguments (without the program name).
public func parseCommandLine(_ arguments: [String]) -> Result<Command, UsageError> {
    if arguments.first == "convert" {
        return parseConvert(Array(arguments.dropFirst()))
    }
    var options = CheckOptions()
    var index = 0
    var onlyFiles = false
    while index < arguments.count {
        let argument = arguments[index]
        index += 1
        if onlyFiles || !argument.hasPrefix("-") || argument == "-" {
            options.files.append(argument)
            continue
        }
        switch argument {
        case "--": onlyFiles = true
        case "-h", "--help": return .success(.help)
        case "--verbose", "-v": options.verbose = true
        case "--explain": options.explain = true
        case "--allow-inconclusive": options.allowInconclusive = true
        case "--format":
            guard index < arguments.count else {
                return .failure(UsageError(message: "--format needs `text` or `json`"))
            }
            guard let format = CheckOptions.Format(rawValue: arguments[index]) else {
                return .failure(UsageError(message: "--format needs `text` or `json`, not '\(arguments[index])'"))
            }
            options.format = format
            index += 1
        case "--draw":
            guard index < arguments.count else {
                return .failure(UsageError(message: "--draw needs a folder to write pictures into"))
            }
            options.drawFolder = arguments[index]
            index += 1
        case "--threads":
            guard index < arguments.count, let threads = Int(arguments[index]), threads >= 1, threads <= 256 else {
                return .failure(UsageError(message: "--threads needs a whole number from 1 to 256"))
            }
            options.threads = threads
            index += 1
        case "--time-limit":
            guard index < arguments.count, let seconds = Double(arguments[index]), seconds > 0, seconds <= 1e6 else {
                return .failure(UsageError(message: "--time-limit needs a number of seconds above 0 and at most 1000000"))
            }
            options.timeLimit = seconds
            index += 1
        default:
            return .failure(UsageError(message: "unknown option '\(argument)'"))
        }
    }
    if options.files.isEmpty {
        return .failure(UsageError(message: "no spec files given"))
    }
    return .success(.check(options))
}

private func parseConvert(_ arguments: [String]) -> Result<Command, UsageError> {
    var path: String?
    var target: SpecFormat?
    var index = 0
    while index < arguments.count {
        let argument = arguments[index]
        index += 1
        if argument == "--to" {
            guard index < arguments.count else {
                return .failure(UsageError(message: "--to needs `text` or `yaml`"))
            }
            switch arguments[index] {
            case "text": target = .text
            case "yaml": target = .yaml
            default: return .failure(UsageError(message: "--to needs `text` or `yaml`, not '\(arguments[index])'"))
            }
            index += 1
        } else if argument.hasPrefix("-") {
            return .failure(UsageError(message: "unknown option '\(argument)' for convert"))
        } else if path == nil {
            path = argument
        } else {
            return .failure(UsageError(message: "convert takes one file"))
        }
    }
    guard let path else { return .failure(UsageError(message: "convert needs a spec file")) }
    guard let target else { return .failure(UsageError(message: "convert needs --to text or --to yaml")) }
    return .success(.convert(path: path, to: target))
}
