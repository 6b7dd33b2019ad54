"""Writes subscriptions and ledger exports of tools and shapes not tried before (branch billing3) and prints the figures
worked out from the rows.

python3 billing3-exports.py DIR   (fixed seed; needs openpyxl; BillingExportsAsTheyComeTest asserts the printed figures)

The figures follow imports.md: a subscription counts its MRR in every month at whose last day it is active (start on or
before that day, end blank or after it); a ledger's rows of one customer and month are summed; a customer counts in a
month when its MRR there is above 0.
"""
import csv
import datetime as dt
import random
import sys
from collections import defaultdict
from pathlib import Path

import openpyxl

R = random.Random(3003)
D = dt.date
FIRMS = ["Acme Robotics", "Blue Sun Logistics", "Cyberdyne Analytics", "Dunder Paper", "Initech", "Globex",
         "Hooli Cloud", "Massive Dynamic", "Monarch Solutions", "Nakatomi Trading", "Oscorp Labs", "Pied Piper",
         "Soylent Foods", "Stark Textiles", "Tyrell Systems", "Umbrella Health", "Vandelay Imports", "Wayne Freight",
         "Gringotts Ledger", "Krusty Foods", "Sirius Cybernetics", "Wonka Industries", "Yoyodyne", "Zorg Industries"]
MONTHS_2023 = [D(2023, m, 1) for m in range(1, 13)]


def month_end(year, month):
    return D(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


def write(path, header, rows, delimiter=",", newline="\n", bom=False, head=(), tail=()):
    with open(path, "w", newline="", encoding="utf-8-sig" if bom else "utf-8") as f:
        out = csv.writer(f, delimiter=delimiter, lineterminator=newline)
        out.writerows(head)
        out.writerow(header)
        out.writerows(rows)
        out.writerows(tail)


def print_ledger(name, ledger, months):
    """ledger: {(customer, 'YYYY-MM'): mrr}. Prints MRR and paying customers of each month asked for."""
    print(name)
    for month in months:
        values = {c: v for (c, m), v in ledger.items() if m == month}
        paying = [c for c, v in values.items() if v > 0]
        print(f"   {month}: MRR {sum(v for v in values.values() if v > 0):,.2f} over {len(paying)} customers")


def expanded(subscriptions, months):
    """subscriptions: (customer, start, end or None, mrr). The ledger of the months asked for."""
    ledger = defaultdict(float)
    for month in months:
        year, m = int(month[:4]), int(month[5:])
        last = month_end(year, m)
        for customer, start, end, mrr in subscriptions:
            if start <= last and (end is None or end > last):
                ledger[(customer, month)] += mrr
    return ledger


def money(value):
    return f"{value:,.2f}"


# ------------------------------------------------------- Zuora: Rate Plan Charge data source export (one row a charge)
def zuora(folder):
    header = ["Account.AccountNumber", "Account.Name", "Account.Currency", "Subscription.Name", "Subscription.Status",
              "Subscription.SubscriptionStartDate", "Subscription.TermStartDate", "Subscription.TermEndDate",
              "Subscription.CancelledDate", "RatePlan.Name", "RatePlanCharge.ChargeNumber", "RatePlanCharge.Name",
              "RatePlanCharge.ChargeType", "RatePlanCharge.BillingPeriod", "RatePlanCharge.Quantity",
              "RatePlanCharge.EffectiveStartDate", "RatePlanCharge.EffectiveEndDate", "RatePlanCharge.MRR",
              "RatePlanCharge.TCV"]
    plans = [("Starter", 49.0), ("Growth", 199.0), ("Scale", 499.0)]
    rows, subscriptions = [], []
    charge = 1
    for i, firm in enumerate(FIRMS[:20]):
        account = f"A{i + 1:08d}"
        name = f"A-S{i + 1:08d}"
        start = D(2023, 1, 1) + dt.timedelta(days=R.randrange(330))
        plan, price = R.choice(plans)
        seats = R.randint(1, 4)
        cancelled = D(2023, 1, 1) + dt.timedelta(days=R.randrange(400)) if i % 5 == 3 else None
        if cancelled is not None and cancelled <= start + dt.timedelta(days=40):
            cancelled = start + dt.timedelta(days=75)
        status = "Cancelled" if cancelled else "Active"
        term_start = start
        term_end = D(start.year + 1, start.month, start.day) if i % 2 == 0 else None  # evergreen: no term end

        def add(charge_name, kind, period, quantity, eff_start, eff_end, mrr):
            nonlocal charge
            rows.append([account, firm, "USD", name, status, start.isoformat(), term_start.isoformat(),
                         term_end.isoformat() if term_end else "", cancelled.isoformat() if cancelled else "",
                         plan, f"C-{charge:08d}", charge_name, kind, period, quantity, eff_start.isoformat(),
                         eff_end.isoformat() if eff_end else "", f"{mrr:.2f}", f"{mrr * 12:.2f}"])
            charge += 1
            if kind == "Recurring":
                subscriptions.append((account, eff_start, eff_end, mrr))

        add("Setup fee", "OneTime", "", 1, start, start, 0.0)  # a one-time charge has no MRR
        upgrade = start + dt.timedelta(days=R.randrange(60, 200)) if i % 3 == 0 else None
        if upgrade is not None and (cancelled is None or upgrade < cancelled):
            # an amendment ends the charge's segment the day the next one starts
            add(plan + " seats", "Recurring", "Month", seats, start, upgrade, price * seats)
            add(plan + " seats", "Recurring", "Month", seats + 2, upgrade, cancelled, price * (seats + 2))
        else:
            add(plan + " seats", "Recurring", "Month", seats, start, cancelled, price * seats)
        if i % 4 == 1:
            add("Premium support", "Recurring", "Annual", 1, start, cancelled, 1200 / 12)
        if i % 6 == 2:
            add("Launch discount", "Recurring", "Month", 1, start, cancelled, -round(price * seats * 0.1, 2))
    write(folder / "zuora-rate-plan-charges.csv", header, rows)
    months = ["2023-06", "2023-12", "2024-01"]
    print_ledger("zuora-rate-plan-charges.csv (RatePlanCharge.MRR of the Recurring charges active at the month's end)",
                 expanded(subscriptions, months), months)
    print(f"   rows {len(rows)}")


# --------------------------------------- Stripe: the Customers export, given where a subscriptions export is wanted
def stripe_customers(folder):
    header = ["id", "Description", "Email", "Name", "Created (UTC)", "Delinquent", "Plan", "Status", "Total Spend",
              "Payment Count", "Refunded Volume", "Dispute Losses", "tag (metadata)"]
    rows = []
    for i, firm in enumerate(FIRMS[:15]):
        created = dt.datetime(2023, 1, 1) + dt.timedelta(minutes=R.randrange(500000))
        rows.append(["cus_" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789")
                                      for _ in range(14)),
                     "", firm.lower().replace(" ", ".") + "@example.com", firm, created.strftime("%Y-%m-%d %H:%M"),
                     "false" if i % 7 else "true", R.choice(["price_starter", "price_growth", ""]),
                     R.choice(["active", "active", "canceled", "trialing"]), f"{R.randrange(0, 9000)}.00",
                     R.randrange(0, 14), "0.00", "0.00", R.choice(["", "vip", "beta"])])
    write(folder / "stripe-customers.csv", header, rows)
    print("stripe-customers.csv: a customer list (no start date, no MRR or amount): nothing to count")


# ------------------------------------- QuickBooks Online: Sales by Customer Summary, columns by month, exported to CSV
def quickbooks(folder):
    customers = FIRMS[:12]
    ledger = defaultdict(float)
    body = []

    def cells(name, start_month, price, skips=(), credit_month=None, stop_month=None):
        values = []
        for k, month in enumerate(MONTHS_2023):
            value = 0.0
            if k >= start_month and (stop_month is None or k < stop_month) and k not in skips:
                value = price + (25.0 * (k - start_month) // 3)
            if credit_month == k:
                value -= 120.0
            if value:
                ledger[(name, month.strftime("%Y-%m"))] += value
            values.append(value)
        return values

    def text(value):
        if value == 0:
            return ""  # QuickBooks leaves a month without sales blank
        return f"({-value:,.2f})" if value < 0 else f"{value:,.2f}"

    rows = []
    for i, name in enumerate(customers):
        # a month without sales (i % 4 == 0); a credit note of 120.00 (i % 5 == 1), in a month without sales every
        # other time, where the month's cell is then "(120.00)"
        skip = R.randrange(6, 12)
        credit = (skip if i % 2 else R.randrange(6, 12)) if i % 5 == 1 else None
        values = cells(name, R.randrange(0, 6), R.choice([450.0, 900.0, 1250.0, 2400.0]),
                       skips=(skip,) if i % 4 == 0 or credit == skip else (), credit_month=credit,
                       stop_month=R.randrange(8, 12) if i % 6 == 5 else None)
        rows.append((name, values))
    # a parent customer with sub-customers: its own line is blank, its sub-customers follow, then its total
    parent = "Northwind Group"
    subs = [("Northwind East", cells("Northwind East", 2, 600.0)),
            ("Northwind Group - Other", cells("Northwind Group - Other", 4, 300.0))]
    body.extend([name] + [text(v) for v in values] + [text(sum(values))] for name, values in rows[:6])
    body.append([parent] + [""] * 13)
    for name, values in subs:
        body.append([name] + [text(v) for v in values] + [text(sum(values))])
    sub_totals = [sum(v[k] for _, v in subs) for k in range(12)]
    body.append(["Total " + parent] + [text(v) for v in sub_totals] + [text(sum(sub_totals))])
    body.extend([name] + [text(v) for v in values] + [text(sum(values))] for name, values in rows[6:])
    totals = [sum(v[k] for _, v in rows) + sub_totals[k] for k in range(12)]
    body.append(["TOTAL"] + ["$" + text(v) for v in totals] + ["$" + text(sum(totals))])
    header = [""] + [m.strftime("%b %Y") for m in MONTHS_2023] + ["Total"]
    write(folder / "quickbooks-sales-by-customer-monthly.csv", header, body,
          head=[["Sales by Customer Summary"], ["Brightline Analytics Ltd"], ["January - December 2023"], []],
          tail=[[], [], ["Accrual basis Tuesday, January 9, 2024 09:14 AM GMT+00:00"]])
    months = ["2023-06", "2023-12"]
    print_ledger("quickbooks-sales-by-customer-monthly.csv (the customers' month cells; not 'Total …' rows or column)",
                 ledger, months)
    print(f"   customers {len({c for c, _ in ledger})}; month cells with a value"
          f" {len(ledger)}; TOTAL Dec 2023 {money(totals[11])}")


# ------------------------------------ A finance team's MRR sheet in Excel: months as date cells, a Total column and row
def mrr_sheet(folder):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "MRR 2023"
    months = [D(2023, m, 1) for m in range(1, 13)]
    ws.append(["Customer", "Segment"] + months + ["Total"])
    for column in range(3, 15):
        ws.cell(row=1, column=column).number_format = "mmm-yy"
    ledger = defaultdict(float)
    totals = [0.0] * 12
    for i, name in enumerate(FIRMS[6:20]):
        segment = "Enterprise" if i % 3 == 0 else "SMB"
        start = R.randrange(0, 8)
        mrr = R.choice([300, 750, 1500, 4000]) * (2 if segment == "Enterprise" else 1)
        churn = R.randrange(start + 2, 13) if i % 4 == 3 else 12
        row = [name, segment]
        for k in range(12):
            value = None
            if start <= k < churn:
                value = mrr + (mrr // 10 if k >= start + 6 else 0)
                ledger[(name, f"2023-{k + 1:02d}")] += value
                totals[k] += value
            row.append(value)
        row.append(sum(v for v in row[2:] if v))
        ws.append(row)
    ws.append(["Total", ""] + totals + [sum(totals)])
    for r in ws.iter_rows(min_row=2, min_col=3, max_col=15):
        for cell in r:
            cell.number_format = '#,##0'
    wb.save(folder / "mrr-by-month-sheet.xlsx")
    print_ledger("mrr-by-month-sheet.xlsx (one row a customer, a column a month; blank = no MRR)", ledger,
                 ["2023-06", "2023-12"])
    print(f"   customers {len({c for c, _ in ledger})}; Total row Dec {money(totals[11])}")


# --------------------------------------------- A ledger kept in Germany: ';', decimal comma, D.M.YYYY, credit rows
def european(folder):
    header = ["Customer", "Month", "MRR", "Segment"]
    rows = []
    ledger = defaultdict(float)
    for i, name in enumerate(FIRMS[:16]):
        segment = ["Mittelstand", "Enterprise", "Startup"][i % 3]
        start = R.randrange(0, 9)
        mrr = R.choice([89.9, 249.5, 1234.56, 2490.0, 4999.99])
        end = R.randrange(start + 3, 16) if i % 5 == 2 else 16
        for k in range(start, end):
            month = D(2023 + k // 12, k % 12 + 1, 1)
            value = round(mrr * (1.1 if k >= start + 6 else 1.0), 2)
            rows.append([name, month.strftime("%d.%m.%Y"), f"{value:,.2f}".replace(",", " ").replace(".", ",")
                        .replace(" ", "."), segment])
            ledger[(name, month.strftime("%Y-%m"))] += value
            if i % 7 == 4 and k == start + 2:
                rows.append([name, month.strftime("%d.%m.%Y"), "-50,00", segment])  # a credit note
                ledger[(name, month.strftime("%Y-%m"))] -= 50.0
    write(folder / "ledger-de.csv", header, rows, delimiter=";", newline="\r\n", bom=True)
    print_ledger("ledger-de.csv (rows of a customer and month summed, credits included)", ledger,
                 ["2023-06", "2023-12", "2024-03"])
    print(f"   rows {len(rows)}")


# ------------------------------------------------ An MRR ledger in xlsx with a month date cell and two currencies
def two_currencies(folder):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Ledger"
    ws.append(["Customer ID", "Customer Name", "Month", "MRR", "Currency"])
    ledger = defaultdict(float)
    by_currency = defaultdict(int)
    rows = 0
    for i, name in enumerate(FIRMS[:14]):
        currency = "EUR" if i % 4 == 1 else "USD"
        start = R.randrange(0, 6)
        mrr = R.choice([500, 1200, 2500])
        for k in range(start, 12):
            month = dt.datetime(2023, k + 1, 1)
            ws.append([f"CUST-{i + 1:04d}", name, month, mrr, currency])
            ws.cell(row=ws.max_row, column=3).number_format = "mmm yyyy"
            ledger[(f"CUST-{i + 1:04d}", f"2023-{k + 1:02d}")] += mrr
            by_currency[currency] += 1
            rows += 1
    wb.save(folder / "ledger-two-currencies.xlsx")
    print_ledger("ledger-two-currencies.xlsx (the MRR as written, USD and EUR added together)", ledger,
                 ["2023-06", "2023-12"])
    print(f"   rows {rows}; by currency: " + ", ".join(f"{c} {n}" for c, n in sorted(by_currency.items(),
                                                                                       key=lambda x: -x[1])))


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    out.mkdir(parents=True, exist_ok=True)
    zuora(out)
    stripe_customers(out)
    quickbooks(out)
    mrr_sheet(out)
    european(out)
    two_currencies(out)
