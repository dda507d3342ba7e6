#!/usr/bin/env bash
# Runs the recorded benchmark: the basin map against its Python peers on the same network,
# grid and budget, then the scaling tables and the whole-suite time of `verify`.
# Usage: Benchmarks/run.sh [quick]   ("quick" skips the slow peers and the 2048² grids)
# Output is plain text and Markdown tables; Benchmarks/RESULTS.md records one run of it.
set -euo pipefail
cd "$(dirname "$0")/.."

quick=${1:-}
python=${PYTHON:-python3}

swift build -c release --product basin-bench >/dev/null
swift build -c release --product verify >/dev/null
bench=.build/release/basin-bench

"$python" -c "import numpy" 2>/dev/null || { echo "run.sh: NumPy is missing; run scripts/setup" >&2; exit 1; }
peers=numpy,numpy-plain,pynamicalsys
if [ -n "$quick" ]; then
    peers=numpy
elif ! "$python" -c "import pynamicalsys" 2>/dev/null; then
    echo "run.sh: installing pynamicalsys from PyPI for the peer comparison"
    "$python" -m pip install --quiet pynamicalsys || { echo "run.sh: pynamicalsys could not be installed; skipping it" >&2; peers=numpy,numpy-plain; }
fi

specs=Benchmarks/specs
hardtanh=$specs/hardtanh-depth-six.yaml
trained=$specs/trained-autoencoder.yaml
# The project's own spec of the trained autoencoder takes precedence once it exists.
[ -f Specs/trained-autoencoder.yaml ] && trained=Specs/trained-autoencoder.yaml
line=$specs/line-width-two.yaml

echo "## Peers: same network, grid and budget, one run"
echo
echo "command: Benchmarks/run.sh; $(nproc) cores; $(uname -sm); $(swift --version 2>&1 | head -1)"
echo "python: $("$python" -c 'import sys, numpy; print(sys.version.split()[0], "numpy", numpy.__version__)')"
echo
"$bench" --repeat 9 --coarse-stride 8 --peers "$peers" --peer-repeat 3 --breakdown "$hardtanh@1024" "$trained@1024" "$line@1000000"

big=2048
[ -n "$quick" ] && big=1024
echo
echo "## Scaling with the grid"
echo
"$bench" --brief --repeat 5 "$hardtanh@256" "$hardtanh@512" "$hardtanh@1024" "$hardtanh@$big" \
    "$trained@256" "$trained@512" "$trained@1024" "$trained@$big"

echo
echo "## Scaling with the depth (the hardtanh network's six layers repeated cyclically)"
echo
echo "| case | grid points | depth | budget | median s | point-iterations | points/s | ns per point-iteration and layer |"
echo "|---|---|---|---|---|---|---|---|"
for depth in 2 4 6 8 10 12; do
    "$bench" --brief --repeat 5 --depth "$depth" "$hardtanh@1024" | grep '^| B\|^| S'
done

echo
echo "## Scaling with the iteration budget"
echo
echo "Orbits of the trained autoencoder and the line end early, so past their longest orbit the"
echo "budget costs nothing. With its layers repeated to depth 4 the hardtanh network has no"
echo "attractor, so every orbit runs the whole budget: the worst case."
echo
echo "| case | grid points | depth | budget | median s | point-iterations | points/s | ns per point-iteration and layer |"
echo "|---|---|---|---|---|---|---|---|"
for budget in 10 100 1000 10000; do
    "$bench" --brief --repeat 5 --iterations "$budget" "$trained@1024" "$line@1000000" | grep '^| B\|^| S'
    "$bench" --brief --repeat 3 --iterations "$budget" --depth 4 "$hardtanh@256" | grep '^| B\|^| S'
done

echo
echo "## Whole suite: verify Specs/*.yaml, release build, 5 runs"
echo
if compgen -G "Specs/*.yaml" >/dev/null; then
    for run in 1 2 3 4 5; do
        start=$(date +%s.%N)
        .build/release/verify Specs/*.yaml >/dev/null || true
        end=$(date +%s.%N)
        echo "run $run: $(echo "$end - $start" | bc) s"
    done
    .build/release/verify Specs/*.yaml | tail -1 || true
else
    echo "no Specs/*.yaml in this checkout"
fi
echo
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
