#!/usr/bin/env python3
"""The two papers' claims, checked on a finished study: paired per seed, mean ± sample std.

Reads the sweep's plan.json and each point's summary.json (what `./lottery sweep` wrote) and prints Markdown tables
for docs/results.md. Usage: studies/claims.py pools RUNS_ROOT | studies/claims.py elastic RUNS_ROOT
"""
import json
import statistics
import sys
from collections import defaultdict
from pathlib import Path


def mean_std(values):
    values = list(values)
    if not values:
        return "-"
    mean = statistics.fmean(values) * 100
    std = statistics.stdev(values) * 100 if len(values) > 1 else 0.0
    return f"{mean:+.2f} ± {std:.2f}"


def plain(values):
    values = list(values)
    mean = statistics.fmean(values) * 100
    std = statistics.stdev(values) * 100 if len(values) > 1 else 0.0
    return f"{mean:.2f} ± {std:.2f}"


def points(root, sweep):
    plan = json.loads((Path(root) / "sweeps" / sweep / "plan.json").read_text())
    for point in plan["points"]:
        summary = Path(point["runDirectory"]) / "summary.json"
        if not summary.exists():
            continue
        settings = point["settings"]
        group = " ".join(f"{k}={v}" for k, v in settings.items() if k != "Training:Seed")
        yield group, settings.get("Training:Seed"), json.loads(summary.read_text())


def pools(root):
    by_group = defaultdict(list)
    for group, seed, summary in points(root, "lottery-pools"):
        by_group[group].append(summary)
    for group, runs in by_group.items():
        print(f"\n### {group} ({len(runs)} seeds)\n")
        rows = defaultdict(list)  # (method, level) -> per-seed rows
        for run in runs:
            for r in run["pools"]["results"]:
                rows[(r["method"], r["level"])].append(r)
        levels = sorted({level for _, level in rows})
        density = {level: rows[("lottery-pools", level)][0]["density"] for level in levels if ("lottery-pools", level) in rows}
        methods = ["lottery-pools", "average", "swa", "ema", "pair-average", "ensemble"]
        print("Test gain over the ticket (points; paired per seed, mean ± std):\n")
        print("| level | density | " + " | ".join(methods) + " |")
        print("|---:|---:|" + "---:|" * len(methods))
        for level in levels:
            cells = [mean_std(r["testAccuracy"] - r["ticketTestAccuracy"] for r in rows[(m, level)]) if (m, level) in rows else "-" for m in methods]
            print(f"| {level} | {density.get(level, 0) * 100:.2f}% | " + " | ".join(cells) + " |")
        lp = [rows[("lottery-pools", level)] for level in levels]
        test_gains = [statistics.fmean(r["testAccuracy"] - r["ticketTestAccuracy"] for r in seeds) for seeds in lp]
        val_gains = [statistics.fmean(r["valAccuracy"] - r["ticketValAccuracy"] for r in seeds) for seeds in lp]
        ood = [[r["oodAccuracy"] - r["ticketOodAccuracy"] for r in seeds if r.get("oodAccuracy") is not None] for seeds in lp]
        print(f"\nlottery-pools: mean test gain > 0 at {sum(g > 0 for g in test_gains)} of {len(levels)} levels; "
              f"over all levels and seeds: test {mean_std(r['testAccuracy'] - r['ticketTestAccuracy'] for s in lp for r in s)}, "
              f"validation {mean_std(r['valAccuracy'] - r['ticketValAccuracy'] for s in lp for r in s)}, "
              f"OOD {mean_std(g for s in ood for g in s)} (OOD mean gain > 0 at {sum(statistics.fmean(s) > 0 for s in ood if s)} of {sum(1 for s in ood if s)} levels)")
        print(f"\ndense (level 0): ticket test {plain(r['ticketTestAccuracy'] for r in lp[0])}, lottery-pools {plain(r['testAccuracy'] for r in lp[0])}, "
              f"gain {mean_std(r['testAccuracy'] - r['ticketTestAccuracy'] for r in lp[0])}")
        sparse = [level for level in levels if density.get(level, 1) < 0.15]
        if sparse:
            parts = [f"{m} {mean_std(r['testAccuracy'] - r['ticketTestAccuracy'] for level in sparse for r in rows[(m, level)])}" for m in methods if all((m, l) in rows for l in sparse)]
            print(f"\nbelow 15% density (levels {', '.join(map(str, sparse))}), test gain over the ticket: " + "; ".join(parts))
        print(f"\nvalidation gain minus test gain (lottery-pools, all levels): {mean_std(vg - tg for vg, tg in zip(val_gains, test_gains))}")


def elastic(root):
    # seed -> (source, target, level, method) -> test accuracies; two transfers between the same depths report their
    # baselines (and IMP on the target) twice in one run: averaged within the seed, as the sweep's aggregate does.
    by_seed = defaultdict(lambda: defaultdict(list))
    moved_methods = set()
    density = {}
    for _, seed, summary in points(root, "elastic-lth"):
        for r in summary["transform"]["results"]:
            key = (r["source"], r["target"], r["sourceLevel"], r["method"])
            by_seed[seed][key].append(r["testAccuracy"])
            density.setdefault(key, r["density"])
            if r["startWeights"] == "moved" and r["method"] != "random":
                moved_methods.add((r["source"], r["target"], r["method"]))
    seeds = sorted(by_seed)

    def values(key):
        return [statistics.fmean(by_seed[s][key]) for s in seeds if key in by_seed[s]]

    def paired(a, b):
        return [statistics.fmean(by_seed[s][a]) - statistics.fmean(by_seed[s][b]) for s in seeds if a in by_seed[s] and b in by_seed[s]]

    levels = sorted({key[2] for s in seeds for key in by_seed[s]})
    baselines = ["random", "oneshot-magnitude", "snip", "grasp", "synflow", "reinit", "set", "rigl"]
    print(f"\n{len(seeds)} seeds. Test accuracy (%), mean ± std; differences paired per seed (points).\n")
    print("| transfer | level | density | moved | IMP on target | moved − IMP | best baseline | moved − best baseline |")
    print("|---|---:|---:|---:|---:|---:|---|---:|")
    for source, target, method in sorted(moved_methods):
        for level in levels:
            moved, imp = (source, target, level, method), (source, target, level, "imp")
            if not values(moved) or not values(imp):
                continue
            means = {b: statistics.fmean(values((source, target, level, b))) for b in baselines if values((source, target, level, b))}
            best = max(means, key=means.get)
            print(f"| {source} → {target} ({method}) | {level} | {density[moved] * 100:.2f}% | {plain(values(moved))} | {plain(values(imp))} | "
                  f"{mean_std(paired(moved, imp))} | {best} | {mean_std(paired(moved, (source, target, level, best)))} |")
    print("\nNearer source minus farther source, same target and source level (points, paired per seed):\n")
    print("| target | nearer | farther | level | nearer − farther |")
    print("|---|---|---|---:|---:|")
    by_target = defaultdict(list)
    for source, target, method in sorted(moved_methods):
        if method != "stretch-append":
            by_target[target].append((source, method))
    for target, sources in by_target.items():
        depth = lambda name: int(name.split("-")[-2])
        ranked = sorted(sources, key=lambda sm: abs(depth(sm[0]) - depth(target)))
        if len(ranked) >= 2 and abs(depth(ranked[0][0]) - depth(target)) < abs(depth(ranked[-1][0]) - depth(target)):
            (near, near_method), (far, far_method) = ranked[0], ranked[-1]
            for level in levels:
                diff = paired((near, target, level, near_method), (far, target, level, far_method))
                if diff:
                    print(f"| {target} | {near} ({near_method}) | {far} ({far_method}) | {level} | {mean_std(diff)} |")
    print("\nstretch-append minus stretch-interpolate, same transfer and source level (points, paired per seed):\n")
    print("| transfer | level | append | interpolate | append − interpolate |")
    print("|---|---:|---:|---:|---:|")
    for source, target, method in sorted(moved_methods):
        if method == "stretch-append" and (source, target, "stretch-interpolate") in moved_methods:
            for level in levels:
                a, i = (source, target, level, "stretch-append"), (source, target, level, "stretch-interpolate")
                if values(a) and values(i):
                    print(f"| {source} → {target} | {level} | {plain(values(a))} | {plain(values(i))} | {mean_std(paired(a, i))} |")
    print("\nEvery baseline, moved ticket minus baseline (points, paired per seed), by source level:\n")
    print("| transfer | level | " + " | ".join(baselines) + " |")
    print("|---|---:|" + "---:|" * len(baselines))
    for source, target, method in sorted(moved_methods):
        for level in levels:
            moved = (source, target, level, method)
            if values(moved):
                cells = [mean_std(paired(moved, (source, target, level, b))) if values((source, target, level, b)) else "-" for b in baselines]
                print(f"| {source} → {target} ({method}) | {level} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    {"pools": pools, "elastic": elastic}[sys.argv[1]](sys.argv[2])
