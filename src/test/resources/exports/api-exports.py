"""Writes the exports of billing APIs and Close (branch cents14): amounts in cents, dates as Unix time.

python3 api-exports.py DIR   (fixed seed; prints the figures worked out from the rows, which the tests assert)
"""
import csv
import random
import sys
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

ZERO_DECIMAL = {"bif", "clp", "djf", "gnf", "jpy", "kmf", "krw", "mga", "pyg", "rwf", "ugx", "vnd", "vuv", "xaf",
                "xof", "xpf"}
COMPANIES = ["Acme Robotics", "Blue Sun Logistics", "Cyberdyne Analytics", "Dunder Paper", "Initech", "Globex",
             "Hooli Cloud", "Massive Dynamic", "Monarch Solutions", "Nakatomi Trading", "Oscorp Labs", "Pied Piper",
             "Soylent Foods", "Stark Textiles", "Tyrell Systems", "Umbrella Health", "Vandelay Imports",
             "Wayne Freight", "Wonka Confections", "Yoyodyne Aero"]
rng = random.Random(1414)


def unix(day, hour=12):
    return int(datetime(day.year, day.month, day.day, hour, rng.randrange(60), tzinfo=timezone.utc).timestamp())


def active_at(start, end, last_day):
    return start <= last_day and (end is None or end > last_day)


def month_end(year, month):
    return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)


def stripe(folder):
    plans = [("price_starter_m", 2900, "usd", "month", 1), ("price_team_m", 9900, "usd", "month", 1),
             ("price_team_q", 26700, "usd", "month", 3), ("price_business_y", 249000, "usd", "year", 1),
             ("price_team_jp", 4900, "jpy", "month", 1)]
    header = ["id", "object", "customer", "status", "created", "start_date", "current_period_start",
              "current_period_end", "cancel_at_period_end", "canceled_at", "ended_at", "trial_start", "trial_end",
              "quantity", "plan_id", "plan_amount", "plan_currency", "plan_interval", "plan_interval_count"]
    rows, subs = [], []
    for i in range(36):
        plan = plans[4] if i in (7, 23) else plans[rng.randrange(4)]
        start = date(2023, 1, 1) + timedelta(days=rng.randrange(420))
        status = rng.choice(["active"] * 6 + ["canceled"] * 2 + ["trialing", "past_due"])
        end = None
        canceled_at = ended_at = ""
        if status == "canceled":
            end = start + timedelta(days=30 + rng.randrange(300))
            canceled_at = unix(end - timedelta(days=rng.randrange(1, 20)))
            ended_at = unix(end)
        trial_start = trial_end = ""
        if status == "trialing":
            start = date(2024, 3, 1) + timedelta(days=rng.randrange(25))
            trial_start, trial_end = unix(start), unix(start + timedelta(days=14))
        quantity = rng.choice([1, 1, 1, 2, 3, 5])
        pid, amount, currency, interval, count = plan
        rows.append(["sub_" + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789")
                                      for _ in range(14)), "subscription", "cus_%05d" % (1000 + i % 30), status,
                     unix(start, 9), unix(start), unix(start), unix(start + timedelta(days=30)),
                     "false", canceled_at, ended_at, trial_start, trial_end, quantity, pid, amount, currency,
                     interval, count])
        units = amount if currency in ZERO_DECIMAL else amount / 100
        months = (12 if interval == "year" else 1) * count
        subs.append((rows[-1][2], start, end, 0 if status == "trialing" else units * quantity / months))
    write(folder / "stripe-api-subscriptions.csv", header, rows)
    for year, month in [(2023, 12), (2024, 2)]:
        last = month_end(year, month)
        live = [s for s in subs if active_at(s[1], s[2], last)]
        mrr = sum(s[3] for s in live)
        print(f"stripe API {year}-{month:02d}: MRR {mrr:.2f} over {len({s[0] for s in live if s[3] != 0})} customers"
              f" (with MRR), {len({s[0] for s in live})} active")


def chargebee(folder):
    plans = [("starter-monthly", 1900, 1, "month"), ("team-monthly", 4900, 1, "month"),
             ("team-yearly", 49000, 1, "year"), ("business-quarterly", 54000, 3, "month")]
    header = ["id", "customer_id", "plan_id", "plan_quantity", "plan_unit_price", "billing_period",
              "billing_period_unit", "status", "currency_code", "created_at", "started_at", "activated_at",
              "current_term_start", "current_term_end", "cancelled_at", "mrr"]
    rows, subs = [], []
    for i in range(30):
        pid, price, period, unit = plans[rng.randrange(4)]
        start = date(2023, 2, 1) + timedelta(days=rng.randrange(360))
        status = rng.choice(["active"] * 5 + ["cancelled", "in_trial", "non_renewing"])
        end = None
        cancelled = ""
        if status == "cancelled":
            end = start + timedelta(days=40 + rng.randrange(200))
            cancelled = unix(end)
        quantity = rng.choice([1, 1, 2, 4])
        months = (12 if unit == "year" else 1) * period
        mrr = 0 if status == "in_trial" else round(price * quantity / months)
        rows.append(["sub_%08x" % rng.getrandbits(32), "cus_%04d" % (2000 + i), pid, quantity, price, period, unit,
                     status, "EUR", unix(start, 8), unix(start), unix(start), unix(start),
                     unix(start + timedelta(days=30)), cancelled, mrr])
        subs.append((rows[-1][1], start, end, mrr / 100))
    write(folder / "chargebee-api-subscriptions.csv", header, rows)
    last = month_end(2024, 1)
    live = [s for s in subs if active_at(s[1], s[2], last)]
    print(f"chargebee API 2024-01: MRR {sum(s[3] for s in live):.2f} over {len([s for s in live if s[3]])} customers")


def close(folder):
    header = ["id", "lead_id", "lead_name", "status_id", "status_label", "status_type", "confidence", "value",
              "value_period", "value_currency", "value_formatted", "date_won", "date_lost", "date_created",
              "date_updated", "user_id", "user_name", "contact_name", "note"]
    users = ["Maya Okafor", "Liam Brandt", "Sofia Reyes", "Kenji Sato"]
    labels = {"active": ["Active", "Demo Scheduled", "Proposal Sent"], "won": ["Won"], "lost": ["Lost"]}
    rows, deals = [], []
    for i in range(48):
        kind = rng.choice(["active"] * 3 + ["won"] * 2 + ["lost"] * 2)
        label = rng.choice(labels[kind])
        period = rng.choice(["one_time", "annual", "annual", "monthly"])
        cents = rng.choice([150000, 240000, 480000, 600000, 990000, 1200000, 1800000, 2500000])
        if period == "monthly":
            cents //= 12
        created = date(2023, 9, 1) + timedelta(days=rng.randrange(150))
        close_day = created + timedelta(days=20 + rng.randrange(90))
        date_won = "" if kind == "active" and rng.random() < 0.25 else close_day.isoformat()
        date_lost = close_day.isoformat() if kind == "lost" else ""
        suffix = {"monthly": " monthly", "annual": " annualized", "one_time": ""}[period]
        formatted = "${:,.0f}".format(cents / 100) if cents % 100 == 0 else "${:,.2f}".format(cents / 100)
        user = rng.randrange(4)
        rows.append(["oppo_%016x" % rng.getrandbits(64), "lead_%016x" % rng.getrandbits(64),
                     rng.choice(COMPANIES), "stat_%s_%s" % (kind, label.replace(" ", "").lower()), label, kind,
                     {"won": 100, "lost": 0}.get(kind, rng.choice([10, 25, 50, 75])), cents, period, "USD",
                     formatted + suffix, date_won, date_lost,
                     datetime(created.year, created.month, created.day, 14, rng.randrange(60), tzinfo=timezone.utc)
                     .isoformat(timespec="microseconds"), "2024-04-02T09:00:00.000000+00:00",
                     "user_%08x" % (user * 7919), users[user], rng.choice(["Ann Lee", "Bo Chen", "", "Cy Diaz"]),
                     rng.choice(["", "Needs SSO", "Budget in Q1, follow up", "Champion left"])])
        # a monthly value counts for a year in the pipeline (value_period; AmountPeriods)
        deals.append((kind, cents / 100 * (12 if period == "monthly" else 1), date_won))
    write(folder / "close-opportunities.csv", header, rows)
    q1 = [d for d in deals if d[2] and "2024-01-01" <= d[2] <= "2024-03-31"]
    for kind in ("won", "lost", "active"):
        chosen = [d for d in q1 if d[0] == kind]
        print(f"close Q1 2024 {kind}: {len(chosen)} deals, value for a year {sum(d[1] for d in chosen):,.2f}")
    undated = [d for d in deals if d[0] == "active" and not d[2]]
    print(f"close active without date_won: {len(undated)} deals, value for a year {sum(d[1] for d in undated):,.2f}")


def write(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(header)
        out.writerows(rows)


if __name__ == "__main__":
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    stripe(folder)
    chargebee(folder)
    close(folder)
