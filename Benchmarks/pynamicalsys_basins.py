#!/usr/bin/env python3
"""Peer: label a grid by basin of attraction with pynamicalsys (PyPI), as its user would.

Takes the same network JSON and options as numpy_basins.py and prints the same JSON line.
The network becomes a Numba-compiled map for `pynamicalsys.DiscreteDynamicalSystem`, and every grid
point goes through its public `escape_analysis(..., escape="entering")`, which iterates the
map until the orbit enters one of a set of boxes ("holes") around given points.

Each attractor gets a hole of side 2 * tolerance / sqrt(d), the largest box inside the
Euclidean ball of radius `tolerance` that numpy_basins.py uses. Labels: k >= 0 the index of
the attractor whose hole the orbit entered, -2 for every other orbit. escape_analysis has no
test for divergence, so an escaping orbit runs the whole budget (through inf and NaN) and is
labelled -2 as well.
"""
import argparse
import json
import math
import re
import statistics
import time

import numpy as np
from numba import njit
from pynamicalsys import DiscreteDynamicalSystem

ACTIVATIONS = {
    "identity": "{z}",
    "relu": "max({z}, 0.0)",
    "hardtanh": "min(1.0, max(-1.0, {z}))",
    "tanh": "math.tanh({z})",
    "sigmoid": "1.0 / (1.0 + math.exp(-({z})))",
    "softplus": "(max({z}, 0.0) + math.log1p(math.exp(-abs({z}))))",
    "cube": "({z}) * ({z}) * ({z})",
    "sin": "math.sin({z})",
}


def activation_expression(name, z):
    match = re.fullmatch(r"leaky_relu(?:\(([^)]*)\))?", name)
    if match:
        slope = float(match.group(1)) if match.group(1) else 0.01
        return f"({z} if {z} > 0.0 else {slope!r} * {z})"
    if name not in ACTIVATIONS:
        raise SystemExit(f"unknown activation '{name}'")
    return ACTIVATIONS[name].format(z=z)


def compile_network(spec):
    """Writes the network out as straight-line Python and compiles it with Numba.

    Sums run over inputs in order with the bias last, as in NumPy's `x @ W.T + b`.
    """
    lines = ["def mapping(u, parameters):"]
    names = [f"u[{i}]" for i in range(int(spec["input"]))]
    for index, layer in enumerate(spec["layers"]):
        bias = layer.get("bias", [0.0] * len(layer["weights"]))
        outputs = []
        for unit, row in enumerate(layer["weights"]):
            terms = " + ".join(f"{float(w)!r} * {x}" for w, x in zip(row, names))
            lines.append(f"    z{index}_{unit} = ({terms}) + {float(bias[unit])!r}")
            value = activation_expression(layer.get("activation", "identity"), f"z{index}_{unit}")
            lines.append(f"    a{index}_{unit} = {value}")
            outputs.append(f"a{index}_{unit}")
        names = outputs
    lines.append(f"    return np.array([{', '.join(names)}])")
    namespace = {"np": np, "math": math}
    exec("\n".join(lines), namespace)
    return njit(namespace["mapping"])


def grid(region, resolution):
    axes = [np.linspace(low, high, resolution) for low, high in region]
    mesh = np.meshgrid(*axes, indexing="ij")
    return np.stack([m.ravel() for m in mesh], axis=1)


def label_grid(system, start, attractors, iterations, hole_size):
    labels = np.full(start.shape[0], -2, dtype=np.int8)
    work = 0
    for index in range(start.shape[0]):
        exit_index, steps = system.escape_analysis(
            start[index], iterations, attractors, escape="entering", hole_size=hole_size)
        if exit_index >= 0:
            labels[index] = exit_index
        work += steps
    return labels, work


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("network")
    parser.add_argument("--region", type=float, nargs="+", required=True, help="low high per axis")
    parser.add_argument("--resolution", type=int, default=1024)
    parser.add_argument("--iterations", type=int, default=1000)
    parser.add_argument("--tolerance", type=float, default=1e-9)
    parser.add_argument("--attractors", required=True, help="JSON list of points")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--labels", help="save the labels of the last run to this .npy file")
    args = parser.parse_args()

    spec = json.load(open(args.network))
    dimension = int(spec["input"])
    region = list(zip(args.region[0::2], args.region[1::2]))
    if len(region) != dimension:
        raise SystemExit(f"--region needs {2 * dimension} numbers for input dimension {dimension}")
    attractors = np.asarray(json.loads(args.attractors), dtype=np.float64).reshape(-1, dimension)
    if attractors.shape[0] == 0:
        raise SystemExit("pynamicalsys needs at least one attractor to aim at")
    start = grid(region, args.resolution)
    hole_size = 2 * args.tolerance / math.sqrt(dimension)

    system = DiscreteDynamicalSystem(mapping=compile_network(spec), system_dimension=dimension, number_of_parameters=0)
    # Compile the map and the escape loop before timing, as a user's second call would find them.
    system.escape_analysis(start[0], 1, attractors, escape="entering", hole_size=hole_size)

    times, work, labels = [], 0, None
    for _ in range(args.repeat):
        began = time.perf_counter()
        labels, work = label_grid(system, start, attractors, args.iterations, hole_size)
        times.append(time.perf_counter() - began)
    median = statistics.median(times)
    if args.labels:
        np.save(args.labels, labels)
    values, counts = np.unique(labels, return_counts=True)
    import pynamicalsys
    print(json.dumps({
        "variant": "escape_analysis per point",
        "points": int(start.shape[0]),
        "median_s": round(median, 4),
        "times_s": [round(t, 4) for t in times],
        "point_iterations": int(work),
        "point_iterations_per_s": float(f"{work / median:.4g}"),
        "labels": {str(int(v)): int(c) for v, c in zip(values, counts)},
        "pynamicalsys": pynamicalsys.__version__,
    }))


if __name__ == "__main__":
    main()
