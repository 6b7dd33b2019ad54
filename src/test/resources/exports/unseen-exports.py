"""Writes exports of tools no reader was written for (branch unseen19) and prints the figures worked out from the rows.

python3 unseen-exports.py DIR   (fixed seed; needs openpyxl; ExportsAsTheyComeTest asserts the printed figures)
"""
import csv
import datetime as dt
import random
import sys
from pathlib import Path

import openpyxl

R = random.Random(1919)
D = dt.date
FIRMS = ["Acme Robotics", "Blue Sun Logistics", "Cyberdyne Analytics", "Dunder Paper", "Initech", "Globex",
         "Hooli Cloud", "Massive Dynamic", "Monarch Solutions", "Nakatomi Trading", "Oscorp Labs", "Pied Piper",
         "Soylent Foods", "Stark Textiles", "Tyrell Systems", "Umbrella Health", "Vandelay Imports", "Wayne Freight"]
PEOPLE = ["Maya Okafor", "Liam Brandt", "Sofia Reyes", "Kenji Sato", "Ava Lindqvist"]
AMOUNTS = [4800, 9600, 12000, 18500, 24000, 36000, 52750.5]


def day(start, end):
    return start + dt.timedelta(days=R.randrange((end - start).days + 1))


def report(name, rows, start, end, key):
    """Prints won, lost and open amount/count of rows whose close date lies in [start, end]."""
    print(name)
    for outcome in ("won", "lost", "nodecision", "open"):
        chosen = [r for r in rows if r[0] == outcome and r[2] and start <= r[2] <= end]
        if chosen:
            print(f"   {outcome} {start}..{end}: {len(chosen)} deals, {sum(r[1] for r in chosen):,.2f}")
    undated = [r for r in rows if r[0] == "open" and not r[2]]
    if undated:
        print(f"   open without close date: {len(undated)} deals, {sum(r[1] for r in undated):,.2f}")
    print(f"   rows: {len(rows)}; {key}")


def write(path, header, rows, delimiter=",", newline="\n", bom=False, tail=()):
    with open(path, "w", newline="", encoding="utf-8-sig" if bom else "utf-8") as f:
        out = csv.writer(f, delimiter=delimiter, lineterminator=newline)
        out.writerow(header)
        out.writerows(rows)
        out.writerows(tail)


# ------------------------------------------------ Microsoft Dynamics 365 Sales: opportunities view, Export to Excel
def dynamics(folder):
    header = ["(Do Not Modify) Opportunity", "(Do Not Modify) Row Checksum", "(Do Not Modify) Modified On", "Topic",
              "Potential Customer", "Est. Close Date", "Est. Revenue", "Probability", "Owner", "Status",
              "Status Reason", "Actual Close Date", "Created On"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "All Opportunities"
    ws.append(header)
    kept = []
    for i in range(48):
        guid = "%08x-%04x-%04x-%04x-%012x" % (R.getrandbits(32), R.getrandbits(16), 0x4000 | R.getrandbits(12),
                                              0x8000 | R.getrandbits(12), R.getrandbits(48))
        close = day(D(2024, 1, 1), D(2024, 9, 30))
        created = dt.datetime.combine(close - dt.timedelta(days=R.randrange(30, 160)), dt.time(9 + i % 8, 15))
        revenue = R.choice(AMOUNTS)
        r = R.random()
        if r < 0.3:
            status, reason, outcome, actual = "Won", "Won", "won", close
        elif r < 0.5:
            status, reason, outcome, actual = "Lost", "Out-Sold", "lost", close
        elif r < 0.6:
            status, reason, outcome, actual = "Lost", "Canceled", "nodecision", close
        else:
            status, reason, outcome, actual = "Open", R.choice(["In Progress", "In Progress", "On Hold"]), "open", None
        ws.append([guid, "%d" % R.getrandbits(40), created + dt.timedelta(days=3), R.choice(
            ["Upgrade", "New licences", "Renewal", "Pilot"]) + " - " + R.choice(FIRMS), R.choice(FIRMS), close,
                   revenue, {"won": 100, "lost": 0, "nodecision": 0}.get(outcome, R.choice([20, 40, 60, 80])),
                   R.choice(PEOPLE), status, reason, actual, created])
        kept.append((outcome, revenue, close))
    for row in ws.iter_rows(min_row=2):
        row[2].number_format = "m/d/yyyy h:mm AM/PM"
        row[5].number_format = "m/d/yyyy"
        row[6].number_format = '"$"#,##0.00'
        row[11].number_format = "m/d/yyyy"
        row[12].number_format = "m/d/yyyy h:mm AM/PM"
    for col in "ABC":
        ws.column_dimensions[col].hidden = True
    wb.save(folder / "dynamics365-opportunities.xlsx")
    report("dynamics365-opportunities.xlsx (Est. Close Date)", kept, D(2024, 4, 1), D(2024, 6, 30), "status reasons")


# ------------------------------------------------ HubSpot deals exported with internal stage values
def hubspot_internal(folder):
    header = ["Record ID", "Deal Name", "Pipeline", "Deal Stage", "Close Date", "Deal owner", "Amount",
              "Create Date"]
    stages = ["appointmentscheduled", "qualifiedtobuy", "presentationscheduled", "decisionmakerboughtin",
              "contractsent"]
    rows, kept = [], []
    for i in range(50):
        close = day(D(2017, 1, 1), D(2017, 6, 30))
        amount = R.choice(AMOUNTS)
        r = R.random()
        if r < 0.3:
            stage, outcome = "closedwon", "won"
        elif r < 0.55:
            stage, outcome = "closedlost", "lost"
        else:
            stage, outcome = R.choice(stages), "open"
        close_text = close.isoformat() + "T00:00:00.000Z"
        if outcome == "open" and R.random() < 0.25:
            close, close_text = None, ""
        created = (close or D(2017, 3, 1)) - dt.timedelta(days=R.randrange(20, 90))
        rows.append([str(9_000_000_000 + R.randrange(10 ** 9)), R.choice(FIRMS) + " - new deal", "default", stage,
                     close_text, R.choice(PEOPLE), f"{amount:.2f}" if amount else "",
                     created.isoformat() + "T%02d:%02d:00.000Z" % (8 + i % 9, i % 60)])
        kept.append((outcome, amount, close))
    write(folder / "hubspot-deals-internal.csv", header, rows)
    report("hubspot-deals-internal.csv", kept, D(2017, 1, 1), D(2017, 3, 31), "internal stage ids")


# ------------------------------------------------ a deals sheet kept in Google Sheets, File > Download > CSV
def google_sheets(folder):
    header = ["Deal", "Company", "Stage", "Value", "Close date", "Owner", "Created", "", ""]
    rows, kept = [], []
    for i in range(40):
        close = day(D(2017, 1, 1), D(2017, 6, 30))
        created = close - dt.timedelta(days=R.randrange(15, 120))
        amount = R.choice(AMOUNTS)
        r = R.random()
        stage, outcome = ("Won", "won") if r < 0.35 else ("Lost", "lost") if r < 0.6 else (
            R.choice(["Lead", "Demo", "Proposal"]), "open")
        rows.append([f"D-{100 + i}", R.choice(FIRMS), stage, "${:,.2f}".format(amount),
                     close.strftime("%b ") + str(close.day) + close.strftime(", %Y"),
                     R.choice(PEOPLE), f"{created.day}-{created.strftime('%b-%Y')}", "", ""])
        kept.append((outcome, amount, close))
    total = sum(k[1] for k in kept)
    write(folder / "google-sheets-deals.csv", header, rows, newline="\r\n",
          tail=[["", "", "Total", "${:,.2f}".format(total), "", "", "", "", ""]])
    report("google-sheets-deals.csv", kept, D(2017, 1, 1), D(2017, 3, 31), "Mar 1, 2017 dates, a Total line")


# ------------------------------------------------ Copper opportunities export
def copper(folder):
    header = ["Name", "Company", "Pipeline", "Stage", "Status", "Value", "Close Date", "Owner", "Loss Reason",
              "Priority", "Win Probability", "Source", "Date Created", "Description"]
    rows, kept = [], []
    for i in range(44):
        close = day(D(2023, 7, 1), D(2023, 12, 31))
        created = close - dt.timedelta(days=R.randrange(20, 120))
        amount = R.choice(AMOUNTS)
        r = R.random()
        if r < 0.3:
            status, outcome, stage = "Won", "won", "Closed"
        elif r < 0.5:
            status, outcome, stage = "Lost", "lost", R.choice(["Demo", "Proposal"])
        elif r < 0.6:
            status, outcome, stage = "Abandoned", "nodecision", R.choice(["Qualified", "Demo"])
        else:
            status, outcome, stage = "Open", "open", R.choice(["Qualified", "Demo", "Proposal", "Negotiation"])
        rows.append([R.choice(FIRMS) + " expansion", R.choice(FIRMS), "Sales", stage, status, f"{amount:.2f}",
                     close.strftime("%m/%d/%Y"), R.choice(PEOPLE),
                     R.choice(["Price", "Competitor", "No budget"]) if outcome == "lost" else "",
                     R.choice(["None", "Low", "Medium", "High"]), {"won": 100, "lost": 0}.get(outcome, 50),
                     R.choice(["Website", "Referral", "Cold call", ""]), created.strftime("%m/%d/%Y"),
                     R.choice(["", "Call back after\nbudget review", "Wants \"enterprise\" tier"])])
        kept.append((outcome, amount, close))
    write(folder / "copper-opportunities.csv", header, rows, bom=True)
    report("copper-opportunities.csv", kept, D(2023, 10, 1), D(2023, 12, 31), "Status Open/Won/Lost/Abandoned")


# ------------------------------------------------ Freshsales (Freshworks CRM) deals export
def freshsales(folder):
    header = ["Name", "Deal value", "Deal stage", "Deal pipeline", "Expected close date", "Closed date",
              "Sales owner", "Account name", "Lost reason", "Source", "Probability (%)", "Created at"]
    stages = ["New", "Demo", "Negotiation"]
    rows, kept = [], []
    for i in range(42):
        close = day(D(2024, 1, 1), D(2024, 6, 30))
        created = close - dt.timedelta(days=R.randrange(20, 120))
        amount = R.choice(AMOUNTS)
        r = R.random()
        stage, outcome = ("Won", "won") if r < 0.3 else ("Lost", "lost") if r < 0.55 else (R.choice(stages), "open")
        amount_text = "{:,.2f}".format(amount).replace(",", " ").replace(".", ",")
        rows.append([R.choice(FIRMS) + " - " + R.choice(["Platform", "Seats", "Support"]), amount_text, stage,
                     "Default Pipeline", close.strftime("%d/%m/%Y"),
                     close.strftime("%d/%m/%Y") if outcome != "open" else "", R.choice(PEOPLE), R.choice(FIRMS),
                     R.choice(["Budget", "Went with competitor"]) if outcome == "lost" else "",
                     R.choice(["Web", "Email", "Events"]), {"won": 100, "lost": 0}.get(outcome, 40),
                     created.strftime("%d/%m/%Y") + " 10:%02d" % (i % 60)])
        kept.append((outcome, amount, close))
    write(folder / "freshsales-deals.csv", header, rows, delimiter=";", newline="\r\n")
    report("freshsales-deals.csv", kept, D(2024, 1, 1), D(2024, 3, 31), "; and 12 000,00 amounts")


# ------------------------------------------------ Recurly subscriptions export
def recurly(folder):
    header = ["uuid", "account_code", "email", "company_name", "plan_code", "plan_name", "state", "quantity",
              "unit_amount", "currency", "activated_at", "canceled_at", "expires_at", "current_period_started_at",
              "current_period_ends_at", "trial_started_at", "trial_ends_at", "plan_interval_length",
              "plan_interval_unit"]
    plans = [("starter", "Starter", 29.0, 1), ("team", "Team", 99.0, 1), ("team-annual", "Team (annual)", 990.0, 12),
             ("business-q", "Business (quarterly)", 597.0, 3)]
    rows, subs = [], []

    def stamp(d):
        return f"{d.isoformat()} {R.randrange(24):02d}:{R.randrange(60):02d}:{R.randrange(60):02d} UTC" if d else ""

    for i in range(36):
        code, name, price, months = plans[R.randrange(4)]
        start = day(D(2023, 1, 1), D(2024, 2, 28))
        state = R.choice(["active"] * 5 + ["canceled", "expired", "future"])
        canceled = expires = None
        trial_start = trial_end = None
        if state == "canceled":
            canceled = start + dt.timedelta(days=R.randrange(40, 300))
            expires = canceled + dt.timedelta(days=R.randrange(5, 28))
        elif state == "expired":
            expires = start + dt.timedelta(days=R.randrange(40, 300))
            canceled = expires - dt.timedelta(days=R.randrange(5, 28))
        if state == "future":
            start = day(D(2024, 5, 1), D(2024, 6, 30))
        if state == "active" and R.random() < 0.15:
            trial_start, trial_end = start - dt.timedelta(days=14), start
        quantity = R.choice([1, 1, 1, 2, 5])
        account = f"acct-{1000 + i % 32}"
        rows.append(["%032x" % R.getrandbits(128), account, f"billing{i}@example.com", R.choice(FIRMS), code, name,
                     state, quantity, f"{price:.2f}", "USD", stamp(start if state != "future" else None),
                     stamp(canceled), stamp(expires), stamp(start), stamp(start + dt.timedelta(days=30)),
                     stamp(trial_start), stamp(trial_end), months, "months"])
        subs.append((account, start if state != "future" else None, expires, price * quantity / months))
    write(folder / "recurly-subscriptions.csv", header, rows)
    print("recurly-subscriptions.csv")
    for year, month in [(2023, 12), (2024, 1)]:
        last = D(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        live = [s for s in subs if s[1] and s[1] <= last and (s[2] is None or s[2] > last)]
        print(f"   {year}-{month:02d}: MRR {sum(s[3] for s in live):,.2f} over {len({s[0] for s in live})} customers"
              f" (end = expires_at; future subscriptions without activated_at in no month:"
              f" {len([s for s in subs if not s[1]])})")


# ------------------------------------------------ ChartMogul: the MRR Intervals dataset its destinations export
def chartmogul(folder):
    header = ["CUSTOMER_UUID", "MRR", "START_DATE", "END_DATE", "PLAN_UUID", "QUANTITY", "SUBSCRIPTION_UUID",
              "SUBSCRIPTION_SET_UUID", "SUB_SET_PLAN_UUIDS", "IS_FREE", "IS_TRIAL"]
    plans = [("pl_%08x" % R.getrandbits(32), cents) for cents in (2900, 4900, 9900, 19900)]
    rows, intervals = [], []
    for c in range(28):
        customer = "cus_%08x-%04x" % (R.getrandbits(32), R.getrandbits(16))
        for s in range(R.choice([1, 1, 2])):
            subscription = "sub_%08x" % R.getrandbits(32)
            plan, cents = plans[R.randrange(4)]
            start = day(D(2023, 1, 1), D(2023, 12, 31))
            trial = R.random() < 0.2
            quantity = R.choice([1, 1, 2, 3])
            for k in range(R.choice([1, 2, 3])):
                end = start + dt.timedelta(days=R.randrange(20, 200))
                last = k == 2 or R.random() < 0.4
                open_end = last and R.random() < 0.6
                is_trial = trial and k == 0
                mrr = cents * quantity
                rows.append([customer, mrr, start.isoformat(), "" if open_end else end.isoformat(), plan, quantity,
                             subscription, "set_" + subscription[4:], plan, "false", "true" if is_trial else "false"])
                intervals.append((customer, start, None if open_end else end, 0 if is_trial else mrr / 100))
                if last:
                    break
                start = end
                quantity = max(1, quantity + R.choice([-1, 1, 1]))
    write(folder / "chartmogul-mrr-intervals.csv", header, rows)
    print("chartmogul-mrr-intervals.csv")
    for year, month in [(2023, 9), (2024, 1)]:
        last = D(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        live = [i for i in intervals if i[1] <= last and (i[2] is None or i[2] > last)]
        print(f"   {year}-{month:02d}: MRR {sum(i[3] for i in live):,.2f} (MRR in cents / 100, trials 0) over"
              f" {len({i[0] for i in live if i[3]})} customers with MRR; rows {len(rows)}")


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    out.mkdir(parents=True, exist_ok=True)
    dynamics(out)
    hubspot_internal(out)
    google_sheets(out)
    copper(out)
    freshsales(out)
    recurly(out)
    chartmogul(out)
