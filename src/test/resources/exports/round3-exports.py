"""Writes a third round of exports no reader was written for (branch unseen3) and prints the figures worked out from
the rows.

python3 round3-exports.py DIR   (fixed seed; needs openpyxl; ExportsRound3Test asserts the printed figures)
"""
import csv
import datetime as dt
import io
import random
import sys
from pathlib import Path

import openpyxl

R = random.Random(3003)
D = dt.date
FIRMS = ["Acme Robotics", "Blue Sun Logistics", "Cyberdyne Analytics", "Dunder Paper", "Initech", "Globex",
         "Hooli Cloud", "Massive Dynamic", "Monarch Solutions", "Nakatomi Trading", "Oscorp Labs", "Pied Piper",
         "Soylent Foods", "Stark Textiles", "Tyrell Systems", "Umbrella Health", "Vandelay Imports", "Wayne Freight"]
PEOPLE = ["Maya Okafor", "Liam Brandt", "Sofia Reyes", "Kenji Sato", "Ava Lindqvist"]
AMOUNTS = [4800, 9600, 12000, 18500, 24000, 36000, 52750.5]


def day(start, end):
    return start + dt.timedelta(days=R.randrange((end - start).days + 1))


def report(name, rows, start, end, key):
    """Prints won, lost and open amount/count of (outcome, amount, date) rows whose date lies in [start, end]."""
    print(name)
    for outcome in ("won", "lost", "open"):
        chosen = [r for r in rows if r[0] == outcome and r[2] and start <= r[2] <= end]
        print(f"   {outcome} {start}..{end}: {len(chosen)} deals, {sum(r[1] for r in chosen):,.2f}")
    print(f"   rows: {len(rows)}; {key}")


def outcome_of(r):
    return "won" if r < 0.3 else "lost" if r < 0.55 else "open"


# ------------------------------------------------ Salesforce Lightning report, Export > Formatted Report (xlsx)
def salesforce_formatted(folder):
    header = ["Stage", "Opportunity Owner", "Account Name", "Opportunity Name", "Amount", "Close Date",
              "Created Date", "Lead Source"]
    stages = ["Prospecting", "Qualification", "Proposal/Price Quote", "Negotiation/Review", "Closed Won",
              "Closed Lost"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Opportunities by Stage"
    ws.append(["Opportunities by Stage"])
    ws.append(["Filtered By:"])
    ws.append(["    Close Date equals THIS FISCAL YEAR"])
    ws.append(["    Opportunity Status equals Any"])
    ws.append([])
    ws.append(header)
    kept, total = [], 0
    for stage in stages:
        deals = []
        for _ in range(R.randrange(6, 11)):
            close = day(D(2024, 1, 1), D(2024, 6, 30))
            amount = R.choice(AMOUNTS)
            deals.append((close, amount))
        deals.sort()
        for i, (close, amount) in enumerate(deals):
            created = close - dt.timedelta(days=R.randrange(20, 150))
            ws.append([stage if i == 0 else None, R.choice(PEOPLE), R.choice(FIRMS),
                       R.choice(FIRMS) + " - " + R.choice(["Platform", "Seats", "Renewal", "Pilot"]), amount, close,
                       created, R.choice(["Web", "Partner Referral", "Trade Show", "Advertisement"])])
            outcome = "won" if stage == "Closed Won" else "lost" if stage == "Closed Lost" else "open"
            kept.append((outcome, amount, close))
        subtotal = sum(a for _, a in deals)
        total += subtotal
        ws.append(["Subtotal", None, None, None, subtotal, None, None, None])
    ws.append(["Total", None, None, None, total, None, None, None])
    ws.append([])
    ws.append(["Confidential Information - Do Not Distribute"])
    ws.append(["Copyright (c) 2000-2024 salesforce.com, inc. All rights reserved."])
    for row in ws.iter_rows(min_row=7):
        row[4].number_format = '"$"#,##0.00'
        row[5].number_format = "m/d/yyyy"
        row[6].number_format = "m/d/yyyy"
    wb.save(folder / "salesforce-formatted-opportunities.xlsx")
    report("salesforce-formatted-opportunities.xlsx", kept, D(2024, 1, 1), D(2024, 3, 31),
           f"Stage only on each group's first row, {len(stages)} Subtotal lines, a Total line of {total:,.2f}")


# ------------------------------------------------ Salesforce leads report (tabular, Export > Details Only, CSV)
def salesforce_leads(folder):
    header = ["Lead Owner", "First Name", "Last Name", "Title", "Company / Account", "Email", "Lead Source",
              "Lead Status", "Create Date", "Converted", "Converted Date"]
    firsts = ["Ana", "Ben", "Chloe", "Dev", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jun", "Kim", "Lea"]
    lasts = ["Moreau", "Nguyen", "Okoye", "Petrov", "Quinn", "Rossi", "Silva", "Tanaka", "Usman", "Varga"]
    sources = ["Web", "Partner Referral", "Trade Show", "Advertisement", ""]
    rows, leads = [], []
    for i in range(70):
        first, last = R.choice(firsts), R.choice(lasts)
        created = day(D(2024, 1, 1), D(2024, 6, 30))
        source = R.choice(sources)
        converted = R.random() < 0.3
        status = "Closed - Converted" if converted else R.choice(
            ["Open - Not Contacted", "Working - Contacted", "Closed - Not Converted"])
        converted_on = created + dt.timedelta(days=R.randrange(3, 40)) if converted else None
        email = f"{first.lower()}.{last.lower()}{i}@{R.choice(FIRMS).split()[0].lower()}.example"
        rows.append([R.choice(PEOPLE), first, last, R.choice(["CFO", "Head of Ops", "IT Manager", ""]),
                     R.choice(FIRMS), email, source, status, f"{created.month}/{created.day}/{created.year}",
                     "1" if converted else "0",
                     f"{converted_on.month}/{converted_on.day}/{converted_on.year}" if converted_on else ""])
        leads.append((source or "(none)", converted))
    with open(folder / "salesforce-leads-report.csv", "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f, quoting=csv.QUOTE_ALL, lineterminator="\n")
        out.writerow(header)
        out.writerows(rows)
        out.writerow([])
        out.writerow([f"Grand Totals ({len(rows)} records)"])
        out.writerow([])
        out.writerow(["Confidential Information - Do Not Distribute"])
        out.writerow(["Copyright (c) 2000-2024 salesforce.com, inc. All rights reserved."])
    print("salesforce-leads-report.csv")
    print(f"   leads {len(leads)}, converted (sql) {sum(1 for l in leads if l[1])}")
    for source in sorted({l[0] for l in leads}):
        mine = [l for l in leads if l[0] == source]
        print(f"   {source}: {len(mine)} leads, {sum(1 for l in mine if l[1])} converted")


# ------------------------------------------------ Pipedrive deals exported by a French user
def pipedrive_french(folder):
    header = ["Affaire - ID", "Affaire - Titre", "Affaire - Valeur", "Affaire - Devise", "Affaire - Organisation",
              "Affaire - Personne à contacter", "Affaire - Étape", "Affaire - Statut",
              "Affaire - Date de clôture prévue", "Affaire - Date de gain", "Affaire - Date de perte",
              "Affaire - Raison de la perte", "Affaire - Propriétaire", "Affaire - Affaire créée"]
    stages = ["Prospect qualifié", "Contact établi", "Démo planifiée", "Proposition faite", "Négociation"]
    rows, kept = [], []
    for i in range(48):
        expected = day(D(2024, 1, 1), D(2024, 6, 30))
        amount = R.choice(AMOUNTS)
        outcome = outcome_of(R.random())
        closed = expected + dt.timedelta(days=R.randrange(-25, 25)) if outcome != "open" else None
        created = expected - dt.timedelta(days=R.randrange(20, 120))
        # 12 500,50 € as a French locale writes it: a narrow no-break space between thousands, a no-break space
        # before the sign
        value = "{:,.2f}".format(amount).replace(",", "\u202f").replace(".", ",") + "\u00a0€"
        stamp = closed.strftime("%d/%m/%Y") + " %02d:%02d" % (9 + i % 8, i % 60) if closed else ""
        rows.append([str(1200 + i), R.choice(FIRMS) + " affaire", value, "EUR", R.choice(FIRMS),
                     R.choice(PEOPLE), R.choice(stages), {"won": "won", "lost": "lost"}.get(outcome, "open"),
                     expected.strftime("%d/%m/%Y"), stamp if outcome == "won" else "",
                     stamp if outcome == "lost" else "", "Trop cher" if outcome == "lost" else "",
                     R.choice(PEOPLE), created.strftime("%d/%m/%Y") + " 10:%02d" % (i % 60)])
        kept.append((outcome, amount, closed or expected))
    with open(folder / "pipedrive-fr-deals.csv", "w", newline="", encoding="utf-8-sig") as f:
        csv.writer(f, delimiter=";", lineterminator="\r\n").writerows([header] + rows)
    report("pipedrive-fr-deals.csv (won/lost by Date de gain/perte, open by Date de clôture prévue)", kept,
           D(2024, 1, 1), D(2024, 3, 31), "12\u202f500,50\u00a0€ values")


# ------------------------------------------------ a deals sheet saved by Excel as "Unicode Text" (UTF-16 LE, tabs)
def unicode_text(folder):
    header = ["Deal ID", "Deal Name", "Account", "Stage", "Amount", "Close Date", "Owner", "Created"]
    rows, kept = [], []
    for i in range(40):
        close = day(D(2024, 1, 1), D(2024, 6, 30))
        created = close - dt.timedelta(days=R.randrange(15, 120))
        amount = R.choice(AMOUNTS)
        outcome = outcome_of(R.random())
        stage = {"won": "Won", "lost": "Lost"}.get(outcome) or R.choice(["Qualified", "Demo", "Proposal"])
        name = R.choice([R.choice(FIRMS) + ", new seats", R.choice(FIRMS) + ' "Gold" renewal',
                         R.choice(FIRMS) + " platform"])
        rows.append([f"DL-{500 + i}", name, R.choice(FIRMS), stage, "{:,.2f} USD".format(amount),
                     f"{close.month}/{close.day}/{close.year}", R.choice(PEOPLE),
                     f"{created.month}/{created.day}/{created.year}"])
        kept.append((outcome, amount, close))
    text = io.StringIO()
    # Excel quotes a cell only where it holds a quote, a tab or a line break
    csv.writer(text, delimiter="\t", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL).writerows([header] + rows)
    (folder / "deals-unicode-text.txt").write_bytes(b"\xff\xfe" + text.getvalue().encode("utf-16-le"))
    report("deals-unicode-text.txt", kept, D(2024, 1, 1), D(2024, 3, 31), "UTF-16 LE, tabs, '12,000.00 USD'")


# ------------------------------------------------ a deals list saved by Excel with a sep=; line, ISO currency codes
def sep_line(folder):
    header = ["Deal ID", "Deal Name", "Company", "Stage", "Amount", "Close Date", "Owner", "Created"]
    rows, kept = [], []
    for i in range(44):
        close = day(D(2024, 1, 1), D(2024, 6, 30))
        created = close - dt.timedelta(days=R.randrange(15, 120))
        amount = R.choice(AMOUNTS)
        outcome = outcome_of(R.random())
        stage = {"won": "Closed Won", "lost": "Closed Lost"}.get(outcome) or R.choice(["Qualify", "Develop",
                                                                                      "Propose"])
        rows.append([f"V-{3000 + i}", R.choice(FIRMS) + " Vertrag", R.choice(FIRMS), stage,
                     "EUR " + "{:,.2f}".format(amount).replace(",", "X").replace(".", ",").replace("X", "."),
                     close.strftime("%d.%m.%Y"), R.choice(PEOPLE), created.strftime("%d.%m.%Y")])
        kept.append((outcome, amount, close))
    with open(folder / "deals-sep-line.csv", "w", newline="", encoding="utf-8") as f:
        f.write("sep=;\r\n")
        csv.writer(f, delimiter=";", lineterminator="\r\n").writerows([header] + rows)
    report("deals-sep-line.csv", kept, D(2024, 1, 1), D(2024, 3, 31), "sep=; first line, 'EUR 12.000,00'")


# ------------------------------------------------ HubSpot companies export with a customer success team's properties
def hubspot_companies(folder):
    header = ["Record ID", "Company name", "Company owner", "Create Date", "Lifecycle Stage", "Annual Revenue",
              "Number of Employees", "Industry", "Became a Customer Date", "ARR", "Renewal Date", "NPS",
              "Expansion ARR"]
    rows, accounts = [], []
    for i in range(32):
        created = day(D(2019, 1, 1), D(2021, 12, 31))
        customer = created + dt.timedelta(days=R.randrange(30, 400))
        arr = R.choice([6000, 12000, 18000, 24000, 48000, 96000])
        renewal = D(2024 + R.randrange(2), customer.month, min(customer.day, 28))
        expansion = R.choice([0, 0, 2400, 6000, -2400, -1200])
        rows.append([str(5_000_000 + i * 37), FIRMS[i % len(FIRMS)] + ("" if i < len(FIRMS) else " EMEA"),
                     R.choice(PEOPLE), created.isoformat() + " 09:%02d" % (i % 60), "Customer",
                     str(R.choice([2, 5, 12, 40, 250]) * 1_000_000), str(R.choice([15, 60, 220, 900])),
                     R.choice(["COMPUTER_SOFTWARE", "LOGISTICS_AND_SUPPLY_CHAIN", "RETAIL"]),
                     customer.isoformat() + " 00:00", "${:,.2f}".format(arr), renewal.isoformat(),
                     "" if R.random() < 0.2 else str(R.randrange(-20, 80)),
                     "({:,.2f})".format(-expansion) if expansion < 0 else "{:,.2f}".format(expansion)])
        accounts.append((arr, expansion))
    with open(folder / "hubspot-companies.csv", "w", newline="", encoding="utf-8-sig") as f:
        csv.writer(f, lineterminator="\n").writerows([header] + rows)
    print("hubspot-companies.csv")
    print(f"   accounts {len(accounts)}, ARR {sum(a[0] for a in accounts):,.2f} (Annual Revenue is the company's"
          f" own revenue, {sum(int(r[5]) for r in rows):,}, not ARR); expansion"
          f" {sum(a[1] for a in accounts):,.2f}, {sum(1 for a in accounts if a[1] < 0)} contractions in parentheses;"
          f" ARR now (ARR + Expansion ARR) {sum(a[0] + a[1] for a in accounts):,.2f}")
    print(f"   {rows[1][1]}: ARR {accounts[1][0]:,.2f}, now {accounts[1][0] + accounts[1][1]:,.2f}")


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    out.mkdir(parents=True, exist_ok=True)
    salesforce_formatted(out)
    salesforce_leads(out)
    pipedrive_french(out)
    unicode_text(out)
    sep_line(out)
    hubspot_companies(out)
