#!/usr/bin/python3
"""The work of `hourglass pipeline DEALS.csv --from F --to T --target X --json`, done with pandas.

The yardstick of bench/compare.sh. It reads the file, checks its rows as Hourglass's DealsCsvReader does (rows it
cannot use are counted by reason, not dropped silently), and computes metrics.md §4 with the default stage setup
(model.pipeline.StageSetup.defaults(): SAL stage "Understanding value") and the default settings
(PipelineSettings.defaults(target): close-rate coverage, floor 3.0, enterprise motion, forecast = Won + open Commit).
It prints the same JSON keys, so bench/check_same.py can show both tools computed the same figures.

Usage: /usr/bin/python3 bench/pandas_pipeline.py DEALS.csv --from 2017-01-01 --to 2017-03-31 --target 1500000000
"""
import argparse
import json
import sys

import numpy as np
import pandas as pd

# StageSetup.defaults(): name, forecast category (phase → category); the SAL stage is the second one.
STAGES = [
    ("Discovery", "PIPELINE"),
    ("Understanding value", "PIPELINE"),
    ("Building business case", "PIPELINE"),
    ("Long list", "BEST_CASE"),
    ("Short list", "BEST_CASE"),
    ("Negotiating", "COMMIT"),
    ("Redlining", "COMMIT"),
]
SAL_STAGE = "Understanding value"
OUTCOMES = ["OPEN", "WON", "LOST_COMPETITION", "LOST_NO_DECISION"]
CATEGORIES = ["PIPELINE", "BEST_CASE", "COMMIT"]
DIMENSIONS = ["segment", "competitor", "owner", "team"]
NONE = "(none)"

# PipelineSettings.defaults(target)
COVERAGE_FLOOR = 3.0
CLOSE_RATE_THRESHOLD = 0.33
WIN_RATE_THRESHOLD = 0.50
INCLUDED = {"COMMIT": True, "BEST_CASE": False, "PIPELINE": False}
SMB_RATES = {"COMMIT": 0.9, "BEST_CASE": 0.6, "PIPELINE": 0.3}
CREATION_RATE = 0.3
EXPECTED_CREATION = 0.0

FIELDS = ["id", "amount", "stage", "closeDate", "outcome", "segment", "competitor", "owner", "team",
          "originalCloseDate", "createdDate", "include"]
REQUIRED = ["id", "amount", "stage", "closeDate", "outcome"]
TEXT_COLUMNS = ["stage", "outcome", "segment", "competitor", "owner", "team"]

FINDINGS = {
    "PIPELINE": ("Pipeline problem", "Create more qualified pipeline for the period."),
    "CONVERSION_QUALIFICATION": ("Conversion problem: qualification and business value",
                                 "Most losses are to no decision: tighten qualification (SAL) and business-value content."),
    "CONVERSION_DIFFERENTIATION": ("Conversion problem: differentiation",
                                   "Most losses are to competitors: improve differentiation and validation content."),
    "DIFFERENTIATION": ("Differentiation problem", "Win rate is low: improve battle cards, references and proposals."),
    "CAPACITY": ("Capacity", "Coverage and conversion are healthy: add sellers."),
    "NOT_ENOUGH_DATA": ("Not enough data", "No deal closed in the period, so conversion cannot be judged."),
}


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


def read_deals(path):
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
    dtypes = {c: ("category" if f in TEXT_COLUMNS else str) for c, f in rename.items()}
    df = pd.read_csv(path, sep=sep, usecols=list(rename), dtype=dtypes, keep_default_na=False, na_filter=False,
                     encoding="utf-8-sig", skip_blank_lines=True)
    return df.rename(columns=rename)


def stripped(column):
    """Text without surrounding white space; on a categorical column only its distinct values are touched."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        return column.map({c: c.strip() for c in column.cat.categories})
    return column.str.strip()


def date(column):
    """ISO dates; NaT where the text is not one (blank included)."""
    return pd.to_datetime(column, format="%Y-%m-%d", errors="coerce")


def outcome_of(raw):
    """ImportMapping.outcome: blank = OPEN, else the enum name in any case with spaces or '-' for '_'."""
    if raw.strip() == "":
        return "OPEN"
    name = raw.strip().upper().replace(" ", "_").replace("-", "_")
    return name if name in OUTCOMES else None


def check_rows(df):
    """Marks the rows DealsCsvReader leaves out, under the first reason that applies; returns (usable, reasons)."""
    n = len(df)
    reason = np.full(n, None, dtype=object)

    def reject(mask, text):
        mask = np.asarray(mask) & (reason == None)  # noqa: E711 (element-wise)
        reason[mask] = text

    ids = df["id"].str.strip()
    reject(ids == "", "id is empty")
    amount = pd.to_numeric(df["amount"], errors="coerce")
    reject(amount.isna(), "amount is not a number")
    reject(amount < 0, "amount is negative")
    stage = stripped(df["stage"])
    reject(~stage.isin([s for s, _ in STAGES]), "stage is not in the stage setup (map it in the mapping file)")
    close = date(df["closeDate"])
    reject(close.isna(), "closeDate is not a date (YYYY-MM-DD)")
    outcome = df["outcome"].map({c: outcome_of(c) for c in df["outcome"].cat.categories})
    reject(outcome.isna(), "outcome is not OPEN, WON, LOST_COMPETITION or LOST_NO_DECISION (map it in the mapping file)")
    for field in ("originalCloseDate", "createdDate"):
        if field in df:
            parsed = date(df[field])
            reject(parsed.isna() & (df[field].str.strip() != ""), f"{field} is not a date (YYYY-MM-DD)")
            df[field] = parsed
    include = None
    if "include" in df:
        words = df["include"].str.strip().str.lower()
        include = words.map(lambda w: True if w in ("yes", "y", "true", "1", "include", "included") else
                            False if w in ("no", "n", "false", "0", "exclude", "excluded") else
                            None if w == "" else "bad")
        reject(include == "bad", "include is not yes or no")
    usable = reason == None  # noqa: E711
    duplicate = ids.where(usable).duplicated() & usable
    reject(duplicate, "duplicate id")
    usable = reason == None  # noqa: E711
    deals = pd.DataFrame({"amount": amount, "stage": stage, "closeDate": close, "outcome": outcome})
    deals["originalCloseDate"] = df["originalCloseDate"] if "originalCloseDate" in df else pd.NaT
    for d in DIMENSIONS:
        deals[d] = stripped(df[d]) if d in df else ""
    deals["include"] = include if include is not None else None
    counts = pd.Series(reason[~usable]).value_counts(sort=False)
    return deals[usable], counts


def ratio(numerator, denominator):
    return None if denominator == 0 else numerator / denominator


def rates(won_a, won_n, comp_a, comp_n, nd_a, nd_n, slip_a, slip_n):
    closed_a = won_a + comp_a + nd_a
    closed_n = won_n + comp_n + nd_n
    return {
        "won": {"amount": won_a, "count": won_n},
        "lostCompetition": {"amount": comp_a, "count": comp_n},
        "lostNoDecision": {"amount": nd_a, "count": nd_n},
        "slipped": {"amount": slip_a, "count": slip_n},
        "closeRate": ratio(won_a, closed_a),
        "closeRateByCount": ratio(won_n, closed_n),
        "slippageAdjustedCloseRate": ratio(won_a, closed_a + slip_a),
        "slippageAdjustedCloseRateByCount": ratio(won_n, closed_n + slip_n),
        "winRate": ratio(won_a, won_a + comp_a),
        "winRateByCount": ratio(won_n, won_n + comp_n),
    }


def tally(closed, slipped, by=None):
    """Won / lost / slipped sums and counts, in total or per value of a dimension: {value: rates}."""
    def sums(frame):
        if by is None:
            g = frame.groupby("outcome", observed=True)["amount"]
        else:
            g = frame.groupby([by, "outcome"], observed=True)["amount"]
        return g.agg(["sum", "count"])

    c = sums(closed)
    s = slipped.groupby(by, observed=True)["amount"].agg(["sum", "count"]) if by is not None else None
    keys = [None] if by is None else sorted(set(c.index.get_level_values(0)) | set(s.index))
    result = {}
    for k in keys:
        def get(outcome):
            index = outcome if k is None else (k, outcome)
            if index in c.index:
                row = c.loc[index]
                return float(row["sum"]), int(row["count"])
            return 0.0, 0
        if k is None:
            slip = (float(slipped["amount"].sum()), int(len(slipped)))
        else:
            slip = (float(s.loc[k, "sum"]), int(s.loc[k, "count"])) if k in s.index else (0.0, 0)
        result[k] = rates(*get("WON"), *get("LOST_COMPETITION"), *get("LOST_NO_DECISION"), *slip)
    return result


def diagnosis(r, coverage, required):
    findings = []
    if required is not None and coverage < required:
        findings.append(("PIPELINE", "Enterprise coverage %.2f× is below the %.2f× required" % (coverage, required)))
    close_rate = r["closeRate"]
    if close_rate is None:
        findings.append(("NOT_ENOUGH_DATA", "no deal at or past the SAL stage closed in the period"))
        return findings
    by_competition = False
    if close_rate < CLOSE_RATE_THRESHOLD:
        no_decision = r["lostNoDecision"]["amount"]
        competition = r["lostCompetition"]["amount"]
        by_competition = competition > no_decision
        findings.append(("CONVERSION_DIFFERENTIATION" if by_competition else "CONVERSION_QUALIFICATION",
                         "close rate %.1f%% is below %.1f%%; lost %s to no decision, %s to competition" % (
                             100 * close_rate, 100 * CLOSE_RATE_THRESHOLD, f"{no_decision:,.0f}", f"{competition:,.0f}")))
    win_rate = r["winRate"]
    if not by_competition and win_rate is not None and win_rate < WIN_RATE_THRESHOLD:
        findings.append(("DIFFERENTIATION", "win rate %.1f%% is below %.1f%%" % (100 * win_rate, 100 * WIN_RATE_THRESHOLD)))
    if not findings:
        findings.append(("CAPACITY", "coverage %.2f× meets the %s required, close rate %.1f%% and win rate %s meet their "
                         "thresholds" % (coverage, "(no data)" if required is None else "%.2f×" % required,
                                         100 * close_rate, "(no data)" if win_rate is None else "%.1f%%" % (100 * win_rate))))
    return [{"finding": f, "label": FINDINGS[f][0], "reason": reason, "advice": FINDINGS[f][1]} for f, reason in findings]


def analyse(deals, start, end, target):
    stage_index = {name: i for i, (name, _) in enumerate(STAGES)}
    sal = stage_index[SAL_STAGE]
    index = deals["stage"].map(stage_index).astype(int)
    before_sal = int((index < sal).sum())
    deals = deals[index >= sal]
    close = deals["closeDate"]
    in_period = (close >= start) & (close <= end)
    original = deals["originalCloseDate"]
    closed = deals[(deals["outcome"] != "OPEN") & in_period]
    slipped = deals[(original >= start) & (original <= end) & (close > end)]
    total = tally(closed, slipped)[None]

    open_deals = deals[(deals["outcome"] == "OPEN") & in_period]
    category = open_deals["stage"].map(dict(STAGES))
    open_sums = open_deals.groupby(category)["amount"].agg(["sum", "count"])
    open_by = {c: (float(open_sums.loc[c, "sum"]), int(open_sums.loc[c, "count"])) if c in open_sums.index else (0.0, 0)
               for c in CATEGORIES}
    included = open_deals["include"].where(open_deals["include"].notna(), category.map(INCLUDED)).astype(bool)
    forecast_open = float(open_deals["amount"][included].sum())
    upside = float(open_deals["amount"][~included & (category != "PIPELINE")].sum())

    won = total["won"]["amount"]
    commit, best_case, pipeline = open_by["COMMIT"][0], open_by["BEST_CASE"][0], open_by["PIPELINE"][0]
    enterprise_coverage = (won + best_case + commit) / target
    smb_coverage = (won + best_case + commit + pipeline + EXPECTED_CREATION) / target
    inverse = None if not total["closeRate"] else 1 / total["closeRate"]
    required = None if inverse is None else max(COVERAGE_FLOOR, inverse)
    smb_forecast = (won + SMB_RATES["COMMIT"] * commit + SMB_RATES["BEST_CASE"] * best_case
                    + SMB_RATES["PIPELINE"] * pipeline + CREATION_RATE * EXPECTED_CREATION)

    breakdowns = {}
    for d in DIMENSIONS:
        closed_d = closed.assign(**{d: closed[d].replace("", NONE)})
        slipped_d = slipped.assign(**{d: slipped[d].replace("", NONE)})
        values = tally(closed_d, slipped_d, by=d)
        order = sorted(values, key=lambda v: (-(won_lost(values[v]) + values[v]["slipped"]["amount"]), v))
        breakdowns[d] = {v: values[v] for v in order}
    return {
        **total,
        "requiredCoverage": required,
        "enterpriseCoverage": enterprise_coverage,
        "smbCoverage": smb_coverage,
        "open": {"commit": amount_count(open_by["COMMIT"]), "bestCase": amount_count(open_by["BEST_CASE"]),
                 "pipeline": amount_count(open_by["PIPELINE"])},
        "forecast": won + forecast_open,
        "upside": upside,
        "smbForecast": smb_forecast,
        "diagnosis": diagnosis(total, enterprise_coverage, required),
        "breakdowns": breakdowns,
    }, len(deals), before_sal


def won_lost(r):
    return r["won"]["amount"] + r["lostCompetition"]["amount"] + r["lostNoDecision"]["amount"]


def amount_count(pair):
    return {"amount": pair[0], "count": pair[1]}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file")
    parser.add_argument("--from", dest="start", required=True)
    parser.add_argument("--to", dest="end", required=True)
    parser.add_argument("--target", type=float, required=True)
    args = parser.parse_args()
    start, end = pd.Timestamp(args.start), pd.Timestamp(args.end)

    raw = read_deals(args.file)
    deals, problems = check_rows(raw)
    figures, analysed, before_sal = analyse(deals, start, end, args.target)
    reasons = [{"reason": r, "count": int(n)} for r, n in problems.items()]
    if before_sal:
        reasons.append({"reason": f"never reached the SAL stage ({SAL_STAGE})", "count": before_sal})
    result = {"period": {"from": args.start, "to": args.end}, "target": args.target, **figures,
              "rowsRead": len(raw), "dealsAnalysed": analysed,
              "excluded": {"count": int(problems.sum()) + before_sal, "reasons": reasons}}
    json.dump(result, sys.stdout, indent=1, ensure_ascii=False)
    print()


if __name__ == "__main__":
    main()
