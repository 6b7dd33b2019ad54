#!/usr/bin/python3
"""The work of `hourglass cohorts LEDGER.csv --json`, done with pandas.

The yardstick of bench/compare.sh. It reads the ledger, checks its rows as Hourglass's LedgerCsvReader does
(customer, month as YYYY-MM or a date, mrr a number ≥ 0; rows it cannot use are counted by reason), sums the rows of
one customer and month, and computes metrics.md §6: the monthly movements (new, expansion, contraction, churn,
reactivation), the cohorts' revenue and logo retention by age, and trailing-12 NRR and GRR. A month without a row is
0 MRR. It prints the same JSON keys, so bench/check_same.py can show both tools computed the same figures.

Usage: /usr/bin/python3 bench/pandas_cohorts.py LEDGER.csv
"""
import argparse
import json
import sys

import numpy as np
import pandas as pd

FIELDS = ["customer", "month", "mrr", "segment"]
REQUIRED = ["customer", "month", "mrr"]


def key(name):
    """Column names match ignoring case, spaces, '_' and '-' (CsvFile.key)."""
    return "".join(c for c in name if c not in " _-\ufeff").lower()


def separator(path):
    """The separator the header uses most (CsvFile.detectSeparator, for an unquoted header)."""
    with open(path, encoding="utf-8-sig") as f:
        header = f.readline()
    counts = {",": header.count(","), ";": header.count(";"), "\t": header.count("\t")}
    if counts[";"] > counts[","] and counts[";"] >= counts["\t"]:
        return ";"
    return "\t" if counts["\t"] > counts[","] else ","


def read_ledger(path):
    sep = separator(path)
    header = pd.read_csv(path, sep=sep, nrows=0, encoding="utf-8-sig").columns
    by_key = {key(f): f for f in FIELDS}
    rename = {}
    for column in header:
        field = by_key.get(key(column))
        if field is not None and field not in rename.values():
            rename[column] = field
    missing = [f for f in REQUIRED if f not in rename.values()]
    if missing:
        sys.exit(f"{path}, line 1: missing columns {missing}")
    wanted = {c: f for c, f in rename.items() if f in REQUIRED}
    df = pd.read_csv(path, sep=sep, usecols=list(wanted), dtype={c: str for c in wanted}, keep_default_na=False,
                     na_filter=False, encoding="utf-8-sig", skip_blank_lines=True)
    return df.rename(columns=wanted)


def month_index(text):
    """year × 12 + month − 1 of a YYYY-MM month or of a date's month; NaN where the text is neither."""
    text = text.str.strip()
    months = pd.to_datetime(text, format="%Y-%m", errors="coerce")
    dates = text[months.isna()]
    if len(dates):
        months[months.isna()] = pd.to_datetime(dates.str[:10], format="%Y-%m-%d", errors="coerce")
    return months.dt.year * 12 + months.dt.month - 1


def check_rows(df):
    """Marks the rows LedgerCsvReader leaves out, under the first reason that applies."""
    reason = np.full(len(df), None, dtype=object)

    def reject(mask, text):
        mask = np.asarray(mask) & (reason == None)  # noqa: E711 (element-wise)
        reason[mask] = text

    customer = df["customer"].str.strip()
    reject(customer == "", "customer is empty")
    month = month_index(df["month"])
    reject(month.isna(), "month is not YYYY-MM or a date")
    mrr = pd.to_numeric(df["mrr"], errors="coerce")
    reject(mrr.isna(), "mrr is not a number")
    reject(mrr < 0, "mrr is negative")
    usable = reason == None  # noqa: E711
    rows = pd.DataFrame({"customer": customer[usable], "month": month[usable].astype(int), "mrr": mrr[usable]})
    return rows, pd.Series(reason[~usable]).value_counts(sort=False)


def label(index):
    return "%04d-%02d" % (index // 12, index % 12 + 1)


def ratio(numerator, denominator):
    return None if denominator == 0 else float(numerator / denominator)


def analyse(rows):
    first_month = int(rows["month"].min())
    months = int(rows["month"].max()) - first_month + 1
    # customer × calendar month, duplicates summed, 0 where a customer has no row
    grid = (rows.groupby(["customer", "month"], sort=False)["mrr"].sum().unstack(fill_value=0.0)
            .reindex(columns=range(first_month, first_month + months), fill_value=0.0))
    now = grid.to_numpy()
    before = np.hstack([np.zeros((len(now), 1)), now[:, :-1]])
    paying = now > 0
    paid_before = np.hstack([np.zeros((len(now), 1), dtype=bool), np.logical_or.accumulate(paying, axis=1)[:, :-1]])
    starts = paying & (before == 0)

    def total(values, where):
        return np.where(where, values, 0.0).sum(axis=0)

    movements = []
    mrr, customers = total(now, paying), paying.sum(axis=0)
    new, reactivation = total(now, starts & ~paid_before), total(now, starts & paid_before)
    expansion = total(now - before, (before > 0) & (now > before))
    contraction = total(before - now, paying & (now < before))
    churn = total(before, (before > 0) & ~paying)
    for m in range(months):
        movements.append({"month": label(first_month + m), "mrr": mrr[m], "customers": int(customers[m]), "new": new[m],
                          "expansion": expansion[m], "contraction": contraction[m], "churn": churn[m],
                          "reactivation": reactivation[m]})

    trailing = []
    for m in range(12, months):
        base_paying = paying[:, m - 12]
        base = now[base_paying, m - 12].sum()
        net = now[base_paying, m].sum()
        gross = np.minimum(now[base_paying, m], now[base_paying, m - 12]).sum()
        trailing.append({"month": label(first_month + m), "nrr": ratio(net, base), "grr": ratio(gross, base)})

    has_cohort = paying.any(axis=1)
    cohort = paying.argmax(axis=1)[has_cohort]
    by_cohort_mrr = pd.DataFrame(now[has_cohort]).groupby(cohort).sum()
    by_cohort_logos = pd.DataFrame(paying[has_cohort]).groupby(cohort).sum()
    cohorts = []
    for c in by_cohort_mrr.index:
        revenue = by_cohort_mrr.loc[c].to_numpy()[c:]
        logos = by_cohort_logos.loc[c].to_numpy()[c:]
        cohorts.append({"cohort": label(first_month + c), "size": int(logos[0]), "startMrr": revenue[0],
                        "revenueRetention": (revenue / revenue[0]).tolist(), "logoRetention": (logos / logos[0]).tolist()})
    return {"months": movements, "cohorts": cohorts, "trailing12": trailing}, len(grid)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file")
    args = parser.parse_args()
    raw = read_ledger(args.file)
    rows, problems = check_rows(raw)
    figures, customers = analyse(rows)
    result = {**figures, "rowsRead": len(raw), "customers": customers,
              "excluded": {"count": int(problems.sum()),
                           "reasons": [{"reason": r, "count": int(n)} for r, n in problems.items()]}}
    json.dump(result, sys.stdout, indent=1, default=float)
    print()


if __name__ == "__main__":
    main()
