#!/bin/sh
# Builds the libFuzzer targets with swiftc and runs each one.
#
# usage: Fuzz/run.sh [RUNS] [TARGET...]
#   RUNS     executions per target (default 1000000); 0 only builds
#   TARGET   yaml, text or expression (default: all three)
#   FUZZ_BUILD_DIR  where to build (default .build/fuzz); give runs in parallel their own
#
# SwiftPM cannot build libFuzzer executables, so this compiles the modules' sources
# directly with `-sanitize=fuzzer,address`. Seeds come from Tests/BadInputTests/Catalogue;
# each run writes new inputs to Fuzz/corpus/TARGET (not committed) and crash reproducers
# to Fuzz/crashes/TARGET.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
build=${FUZZ_BUILD_DIR:-$root/.build/fuzz}
runs=${1:-1000000}
[ $# -gt 0 ] && shift
targets=${*:-yaml text expression}
flags="-sanitize=fuzzer,address -parse-as-library -O -g -wmo"

mkdir -p "$build"

if ! echo 'public func probe() {}' > "$build/probe.swift" \
    || ! swiftc -sanitize=fuzzer -parse-as-library -emit-library "$build/probe.swift" -o "$build/probe.so" 2>/dev/null; then
    echo "run.sh: this Swift toolchain does not support -sanitize=fuzzer" >&2
    exit 1
fi

# Compiles one module of Sources/ to an object file and a .swiftmodule.
module() {
    name=$1
    shift
    swiftc $flags -module-name "$name" -emit-module -emit-module-path "$build/$name.swiftmodule" \
        -I "$build" "$@" -c $(find "$root/Sources/$name" -name '*.swift' | sort) -o "$build/$name.o" 2>&1 \
        | grep -v 'warning: Cannot export local symbol' || true
    [ -f "$build/$name.o" ] || { echo "run.sh: building $name failed" >&2; exit 1; }
}

rm -f "$build"/*.o
module SpecModel
module SpecYAML -I "$root/Sources/CYAML"
module SpecText
module Dynamics

# Links one fuzz target: its entry file plus the modules it uses.
target() {
    name=$1
    entry=$2
    shift 2
    swiftc $flags -I "$build" -I "$root/Sources/CYAML" "$root/Fuzz/$entry" "$@" -o "$build/fuzz-$name" 2>&1 \
        | grep -v 'warning: Cannot export local symbol' || true
    [ -x "$build/fuzz-$name" ] || { echo "run.sh: linking fuzz-$name failed" >&2; exit 1; }
}

target yaml FuzzYAML.swift "$build/SpecModel.o" "$build/SpecYAML.o" "$build/Dynamics.o" -lyaml
target text FuzzText.swift "$build/SpecModel.o" "$build/SpecText.o" "$build/Dynamics.o"
target expression FuzzExpression.swift "$build/SpecModel.o"

[ "$runs" = 0 ] && exit 0

catalogue="$root/Tests/BadInputTests/Catalogue"
for name in $targets; do
    corpus="$root/Fuzz/corpus/$name"
    crashes="$root/Fuzz/crashes/$name"
    mkdir -p "$corpus" "$crashes"
    case $name in
        yaml) seeds="$catalogue/yaml $root/Fuzz/seeds/yaml" ;;
        text) seeds="$catalogue/text $root/Fuzz/seeds/text" ;;
        expression) seeds="$root/Fuzz/seeds/expression" ;;
        *) echo "run.sh: unknown target '$name'" >&2; exit 1 ;;
    esac
    existing=""
    for seed in $seeds; do [ -d "$seed" ] && existing="$existing $seed"; done
    echo "== fuzz-$name: $runs runs"
    "$build/fuzz-$name" -runs="$runs" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$crashes/" -print_final_stats=1 "$corpus" $existing
done
