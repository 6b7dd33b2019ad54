#!/usr/bin/python3
"""Shows that Hourglass and the pandas script computed the same figures, so comparing their speed is fair.

Usage: check_same.py HOURGLASS.json PANDAS.json [--only KEY,KEY]

Every value the pandas JSON holds is compared with the value at the same place in Hourglass's JSON: numbers to
1e-9 relative (absolute 1e-9 near 0; Hourglass prints 12 significant digits), null ("no data") only with null,
texts exactly, object keys as sets and in the same order (breakdowns are ranked), arrays element by element.
Hourglass keys the pandas script does not compute (e.g. the example rows of `excluded`) are listed as not
compared. --only limits the comparison to some top-level keys. Exit 0 when all compared values agree, 1 otherwise.
"""
import argparse
import json
import math
import sys

TOLERANCE = 1e-9


def compare(hourglass, pandas, path, mismatches, skipped):
    if isinstance(pandas, dict):
        if not isinstance(hourglass, dict):
            mismatches.append(f"{path}: Hourglass has {type(hourglass).__name__}, pandas an object")
            return
        missing = [k for k in pandas if k not in hourglass]
        if missing:
            mismatches.append(f"{path}: keys only pandas has: {missing}")
        skipped.extend(f"{path}.{k}" for k in hourglass if k not in pandas)
        common_h = [k for k in hourglass if k in pandas]
        common_p = [k for k in pandas if k in hourglass]
        if common_h != common_p:
            mismatches.append(f"{path}: keys in another order: Hourglass {common_h[:8]}…, pandas {common_p[:8]}…")
        for k in common_p:
            compare(hourglass[k], pandas[k], f"{path}.{k}", mismatches, skipped)
    elif isinstance(pandas, list):
        if not isinstance(hourglass, list) or len(hourglass) != len(pandas):
            size = len(hourglass) if isinstance(hourglass, list) else type(hourglass).__name__
            mismatches.append(f"{path}: Hourglass has {size} items, pandas {len(pandas)}")
            return
        for i, (h, p) in enumerate(zip(hourglass, pandas)):
            compare(h, p, f"{path}[{i}]", mismatches, skipped)
    elif pandas is None or hourglass is None:
        if pandas is not hourglass:
            mismatches.append(f"{path}: Hourglass {hourglass}, pandas {pandas}")
    elif isinstance(pandas, (int, float)) and not isinstance(pandas, bool):
        if not isinstance(hourglass, (int, float)) or isinstance(hourglass, bool):
            mismatches.append(f"{path}: Hourglass {hourglass!r}, pandas {pandas!r}")
        elif not math.isclose(hourglass, pandas, rel_tol=TOLERANCE, abs_tol=TOLERANCE):
            mismatches.append(f"{path}: Hourglass {hourglass!r}, pandas {pandas!r}")
    elif hourglass != pandas:
        mismatches.append(f"{path}: Hourglass {hourglass!r}, pandas {pandas!r}")


def count_values(value):
    if isinstance(value, dict):
        return sum(count_values(v) for v in value.values())
    if isinstance(value, list):
        return sum(count_values(v) for v in value)
    return 1


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("hourglass")
    parser.add_argument("pandas")
    parser.add_argument("--only", help="comma-separated top-level keys to compare")
    args = parser.parse_args()
    with open(args.hourglass, encoding="utf-8") as f:
        hourglass = json.load(f)
    with open(args.pandas, encoding="utf-8") as f:
        pandas = json.load(f)
    if args.only:
        wanted = args.only.split(",")
        hourglass = {k: hourglass[k] for k in wanted if k in hourglass}
        pandas = {k: pandas[k] for k in wanted if k in pandas}
    mismatches, skipped = [], []
    compare(hourglass, pandas, "$", mismatches, skipped)
    for m in mismatches[:30]:
        print("DIFFERENT", m)
    if len(mismatches) > 30:
        print(f"… and {len(mismatches) - 30} more differences")
    if skipped:
        print(f"not compared (pandas does not compute them): {', '.join(skipped[:10])}"
              + (f" and {len(skipped) - 10} more" if len(skipped) > 10 else ""))
    verdict = "SAME" if not mismatches else "NOT THE SAME"
    print(f"{verdict}: {count_values(pandas)} values compared to {TOLERANCE:g} relative, {len(mismatches)} differ "
          f"({args.hourglass} vs {args.pandas})")
    sys.exit(0 if not mismatches else 1)


if __name__ == "__main__":
    main()
