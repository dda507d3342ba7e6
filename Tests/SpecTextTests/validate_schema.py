#!/usr/bin/env python3
"""Validate YAML specs against the JSON Schema of the YAML form.

Usage: validate_schema.py SCHEMA [--valid FILE...] [--invalid FILE...] [--invalid-any FILE...]

Every --valid file must satisfy the schema. Every --invalid file must violate it, and its
first line, "# schema-error: TEXT", names the violation: some error message must contain
TEXT, so a file rejected for another reason does not count. Every --invalid-any file must
violate the schema in some way; this mode is for files written for other purposes, whose
first line cannot name the error. Prints one line per file, with the schema's messages for
rejected files, and exits with status 1 when any file does not behave as stated.
"""
import json
import sys

import jsonschema
import yaml


def load_yaml(path):
    with open(path, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def expected_error(path):
    with open(path, encoding="utf-8") as handle:
        first = handle.readline().strip()
    prefix = "# schema-error:"
    return first[len(prefix):].strip() if first.startswith(prefix) else None


def main(arguments):
    with open(arguments[0], encoding="utf-8") as handle:
        schema = json.load(handle)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)

    mode = None
    failures = 0
    for argument in arguments[1:]:
        if argument in ("--valid", "--invalid", "--invalid-any"):
            mode = argument
            continue
        try:
            messages = [error.message for error in validator.iter_errors(load_yaml(argument))]
        except yaml.YAMLError as error:
            # A file that is not YAML at all never reaches the schema; an editor reports it
            # as a YAML syntax error instead.
            messages = [f"not YAML: {' '.join(str(error).split())}"]
        if mode == "--valid":
            ok = not messages
            detail = "; ".join(messages)
        elif mode == "--invalid-any":
            ok = bool(messages)
            detail = "the schema accepts it"
        else:
            expected = expected_error(argument)
            ok = expected is not None and any(expected in message for message in messages)
            detail = f"expected an error containing {expected!r}, got {messages!r}"
        print(f"{'ok' if ok else 'FAILED'} {mode[2:]} {argument}" + ("" if ok else f": {detail}"))
        if ok and messages:
            print("  schema: " + "; ".join(messages))
        failures += 0 if ok else 1
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
