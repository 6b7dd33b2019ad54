"""Writes the new real-shaped exports of branch exports14 into OUT and prints the figures expected from them."""
import csv, datetime as dt, io, random, sys, os
import openpyxl

OUT = sys.argv[1] if len(sys.argv) > 1 else "/tmp/ex14"
os.makedirs(OUT, exist_ok=True)
R = random.Random(14)
D = dt.date

FIRST = ["Anna", "Jonas", "Lena", "Felix", "Marie", "Paul", "Sophie", "Lukas", "Emma", "Noah", "Mia", "Elias"]
LAST = ["Schmidt", "Müller", "Weber", "Fischer", "Wagner", "Becker", "Hoffmann", "Schäfer", "Koch", "Richter"]
FIRMS = ["Bäckerei Voss", "Nordlicht Logistik", "Rheinwerk Digital", "Alpen Solar", "Hanse Möbel", "Elbe Pharma",
         "Isar Consulting", "Spree Analytics", "Main Versicherung", "Weser Bau", "Ostsee Reisen", "Harz Metall",
         "Taunus Software", "Eifel Energie", "Mosel Wein", "Allgäu Käserei", "Ruhr Stahlhandel", "Neckar Medien"]


def day(start, end):
    return start + dt.timedelta(days=R.randrange((end - start).days + 1))


def de_amount(x):
    s = f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return s + " €"


def expect(name, **figures):
    print(name)
    for k, v in figures.items():
        print(f"   {k}: {v}")


# ---------------------------------------------------------------- A. Salesforce report, German user locale
def salesforce_de():
    stages = ["Qualifizierung", "Bedarfsanalyse", "Angebot/Preisangebot", "Verhandlung/Überprüfung"]
    header = ["Opportunity-Inhaber", "Accountname", "Opportunity-Name", "Phase", "Betrag", "Wahrscheinlichkeit (%)",
              "Schlusstermin", "Erstelldatum", "Lead-Quelle", "Typ", "Opportunity-ID"]
    rows, won, lost, open_q4 = [], [], [], []
    for i in range(60):
        owner = f"{R.choice(FIRST)} {R.choice(LAST)}"
        firm = R.choice(FIRMS)
        close = day(D(2023, 7, 1), D(2024, 3, 31))
        created = close - dt.timedelta(days=R.randrange(20, 150))
        r = R.random()
        amount = R.choice([4800, 9600, 12000, 18500, 24000, 36000, 52750.5])
        if r < 0.35:
            stage, prob = "Geschlossen und gewonnen", 100
        elif r < 0.6:
            stage, prob = "Geschlossen und verloren", 0
            if R.random() < 0.3:
                amount = 0
        else:
            k = R.randrange(4)
            stage, prob = stages[k], [10, 25, 50, 80][k]
        q4 = D(2023, 10, 1) <= close <= D(2023, 12, 31)
        if q4 and stage.endswith("gewonnen"):
            won.append(amount)
        elif q4 and stage.endswith("verloren"):
            lost.append(amount)
        elif q4:
            open_q4.append(amount)
        rows.append([owner, firm, f"{firm} – {R.choice(['Lizenz', 'Erweiterung', 'Pilot', 'Rahmenvertrag'])}",
                     stage, de_amount(amount), str(prob), close.strftime("%d.%m.%Y"), created.strftime("%d.%m.%Y"),
                     R.choice(["Web", "Telefonanfrage", "Partnerempfehlung", "Messe", ""]),
                     R.choice(["Neugeschäft", "Bestandskunde – Erweiterung"]), f"0065g00000Xy{i:04d}AAA"])
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)
    # the lines Salesforce writes under a report's rows
    buf.write('""\r\n"Gesamtsummen (60 Datensätze)"\r\n""\r\n"Vertrauliche Informationen - Nicht weitergeben"\r\n'
              '"Copyright (c) 2000-2024 salesforce.com, inc. Alle Rechte vorbehalten."\r\n')
    with open(f"{OUT}/salesforce-de-opportunities.csv", "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())
    expect("salesforce-de-opportunities.csv  (Q4 2023)", won=(round(sum(won), 2), len(won)),
           lost=(round(sum(lost), 2), len(lost)), lostZero=sum(1 for a in lost if a == 0),
           open=(round(sum(open_q4), 2), len(open_q4)))


# ---------------------------------------------------------------- B. HubSpot deals xlsx: title row, two sheets
def hubspot_xlsx():
    stages = ["Appointment Scheduled", "Qualified To Buy", "Presentation Scheduled", "Decision Maker Bought-In",
              "Contract Sent"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "All deals"
    ws.append(["All deals · exported 2024-07-01 by Maya Okafor"])
    ws.append([])
    header = ["Record ID", "Deal Name", "Deal Stage", "Amount", "Close Date", "Deal owner", "Create Date", "Pipeline",
              "Deal Type", "Associated Company"]
    ws.append(header)
    won, lost, nodate = [], [], []
    counts = {}
    for i in range(50):
        firm = R.choice(FIRMS)
        r = R.random()
        amount = R.choice([1200, 2400, 6000, 9600, 14400, 30000])
        close = dt.datetime.combine(day(D(2024, 1, 1), D(2024, 9, 30)), dt.time(R.randrange(8, 18), 0))
        if r < 0.3:
            stage = "Closed Won"
        elif r < 0.55:
            stage = "Closed Lost"
        else:
            stage = R.choice(stages)
            if R.random() < 0.3:
                close = None
        counts[stage] = counts.get(stage, 0) + 1
        created = (close or dt.datetime(2024, 6, 1)) - dt.timedelta(days=R.randrange(10, 90))
        if close and D(2024, 1, 1) <= close.date() <= D(2024, 6, 30):
            if stage == "Closed Won":
                won.append(amount)
            elif stage == "Closed Lost":
                lost.append(amount)
        if close is None:
            nodate.append(amount)
        ws.append([18_000_000_000 + 731 * i, f"{firm} - new deal", stage, amount, close, R.choice(FIRST) + " Okafor",
                   created, "Sales Pipeline", R.choice(["New Business", "Existing Business"]), firm])
    for row in ws.iter_rows(min_row=4):
        row[4].number_format = "yyyy-mm-dd hh:mm"
        row[6].number_format = "yyyy-mm-dd hh:mm"
        row[0].number_format = "0"
    summary = wb.create_sheet("Summary")
    summary.append(["Deal Stage", "Count"])
    for k, v in counts.items():
        summary.append([k, v])
    wb.save(f"{OUT}/hubspot-deals-report.xlsx")
    expect("hubspot-deals-report.xlsx (H1 2024)", won=(sum(won), len(won)), lost=(sum(lost), len(lost)),
           openWithoutCloseDate=(sum(nodate), len(nodate)))


# ---------------------------------------------------------------- C. Pipedrive xlsx, dates and numbers as text
def pipedrive_xlsx():
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Deals"
    header = ["Deal - Title", "Deal - Value", "Deal - Currency", "Deal - Organization", "Deal - Stage",
              "Deal - Status", "Deal - Expected close date", "Deal - Owner", "Deal - Deal created",
              "Deal - Won time", "Deal - Lost time", "Deal - Lost reason"]
    ws.append(header)
    won, lost, total = [], [], 0
    for i in range(40):
        firm = FIRMS[i % len(FIRMS)]
        title = f"{firm} deal"  # Pipedrive's default title: the organisation's name + " deal"
        value = R.choice([1500, 2750.5, 4200, 8800, 12500])
        close = day(D(2024, 1, 1), D(2024, 6, 30))
        created = close - dt.timedelta(days=R.randrange(15, 80))
        r = R.random()
        status = "won" if r < 0.35 else ("lost" if r < 0.6 else "open")
        won_t = f"{close:%Y-%m-%d} 15:{i % 60:02d}:00" if status == "won" else ""
        lost_t = f"{close:%Y-%m-%d} 11:{i % 60:02d}:00" if status == "lost" else ""
        if D(2024, 1, 1) <= close <= D(2024, 3, 31):
            if status == "won":
                won.append(value)
            elif status == "lost":
                lost.append(value)
        ws.append([title, f"{value:.2f}", "EUR", firm, R.choice(["Qualified", "Contact Made", "Demo Scheduled",
                                                                 "Proposal Made", "Negotiations Started"]),
                   status, close.strftime("%m/%d/%Y"), R.choice(FIRST) + " Weber", f"{created:%Y-%m-%d} 09:00:00",
                   won_t, lost_t, "Price" if status == "lost" else ""])
    for row in ws.iter_rows(min_row=2):
        for c in row:
            c.number_format = "@"  # stored as text, as a sheet re-saved from CSV is
    wb.save(f"{OUT}/pipedrive-deals-text.xlsx")
    expect("pipedrive-deals-text.xlsx (Q1 2024, expected close date)", won=(round(sum(won), 2), len(won)),
           lost=(round(sum(lost), 2), len(lost)), rows=40, duplicateTitles=40 - len(set(FIRMS[i % 18] for i in range(40))))


# ---------------------------------------------------------------- D. Zoho CRM deals: CRLF, newlines in Description
def zoho():
    header = ["Record Id", "Deal Owner", "Deal Name", "Account Name", "Amount", "Stage", "Closing Date",
              "Probability (%)", "Expected Revenue", "Lead Source", "Type", "Created Time", "Description"]
    open_stages = [("Qualification", 10), ("Needs Analysis", 20), ("Value Proposition", 40),
                   ("Identify Decision Makers", 60), ("Proposal/Price Quote", 75), ("Negotiation/Review", 90)]
    rows, won, lost, lostc = [], [], [], []
    for i in range(45):
        firm = R.choice(FIRMS)
        amount = R.choice([3000, 7500, 15000, 22000, 48000])
        close = day(D(2023, 9, 1), D(2024, 2, 29))
        r = R.random()
        if r < 0.3:
            stage, p = "Closed Won", 100
        elif r < 0.45:
            stage, p = "Closed Lost", 0
        elif r < 0.6:
            stage, p = "Closed-Lost to Competition", 0
        else:
            stage, p = R.choice(open_stages)
        if D(2023, 10, 1) <= close <= D(2023, 12, 31):
            {"Closed Won": won, "Closed Lost": lost, "Closed-Lost to Competition": lostc}.get(stage, []).append(amount)
        desc = R.choice(["", "Budget approved.\r\nNext: legal review, \"standard\" terms", "Call notes:\r\n- wants SSO\r\n- 3 sites",
                         "Renewal of last year's contract"])
        created = dt.datetime.combine(close - dt.timedelta(days=R.randrange(30, 120)), dt.time(9, 12, 44))
        rows.append([f"zcrm_5725767000000{423001 + i}", R.choice(FIRST) + " Richter", f"{firm} - {R.choice(['CRM', 'Analytics'])}",
                     firm, f"{amount}", stage, close.isoformat(), str(p), f"{amount * p / 100:.2f}",
                     R.choice(["Advertisement", "Cold Call", "Employee Referral", "Online Store", "Partner", "Web Download"]),
                     R.choice(["New Business", "Existing Business"]), created.strftime("%Y-%m-%d %H:%M:%S"), desc])
    with open(f"{OUT}/zoho-deals.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writerow(header)
        w.writerows(rows)
    expect("zoho-deals.csv (Q4 2023)", won=(sum(won), len(won)), closedLost=(sum(lost), len(lost)),
           lostToCompetition=(sum(lostc), len(lostc)))


# ---------------------------------------------------------------- F. Chargebee subscriptions report export
def chargebee():
    header = ["Subscription Id", "Customer Id", "Customer Company", "Plan Id", "Plan Quantity", "Plan Unit Price",
              "Currency", "Billing Period", "Billing Period Unit", "Subscription Status", "Started At",
              "Cancelled At", "MRR"]
    rows, mrr_at = [], {}
    plans = [("starter-monthly", 29, 1, "month"), ("team-monthly", 79, 1, "month"), ("team-yearly", 790, 1, "year"),
             ("business-quarterly", 540, 3, "month")]
    month_end = D(2023, 9, 30)
    for i in range(50):
        plan, price, period, unit = R.choice(plans)
        qty = R.choice([1, 1, 2, 5])
        start = day(D(2022, 6, 1), D(2023, 9, 15))
        status = R.choice(["active", "active", "active", "cancelled", "in_trial", "non_renewing"])
        end = day(start + dt.timedelta(days=20), D(2023, 12, 20)) if status == "cancelled" else None
        months = period * (12 if unit == "year" else 1)
        mrr = 0 if status == "in_trial" else price * qty / months
        cust = f"cus_{1000 + i}"
        if start <= month_end and (end is None or end > month_end):
            mrr_at[cust] = mrr_at.get(cust, 0) + mrr
        rows.append([f"sub_{R.randrange(16**8):08x}", cust, R.choice(FIRMS), plan, qty, f"{price:.2f}", "EUR", period,
                     unit, status, start.strftime("%Y-%m-%d") + " 10:00:00",
                     end.strftime("%Y-%m-%d") + " 23:59:59" if end else "", f"{mrr:.2f}"])
    with open(f"{OUT}/chargebee-subscriptions-report.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
    paying = {c: v for c, v in mrr_at.items() if v > 0}
    expect("chargebee-subscriptions-report.csv (2023-09)", mrr=round(sum(paying.values()), 2), customers=len(paying))


# ---------------------------------------------------------------- G. Stripe export with +0000 offsets
def stripe():
    header = ["id", "Customer ID", "Customer Email", "Plan", "Product", "Quantity", "Interval", "Amount", "Currency",
              "Status", "Created (UTC)", "Start Date (UTC)", "Current Period Start (UTC)", "Current Period End (UTC)",
              "Trial Start (UTC)", "Trial End (UTC)", "Canceled At (UTC)", "Ended At (UTC)", "Cancel At Period End"]
    rows, mrr_at = [], {}
    month_end = D(2024, 3, 31)
    for i in range(60):
        interval, amount = R.choice([("month", 49.0), ("month", 99.0), ("year", 990.0), ("month", 19.5)])
        qty = R.choice([1, 1, 3])
        start = dt.datetime.combine(day(D(2023, 1, 1), D(2024, 3, 20)), dt.time(12, 0))
        status = R.choice(["active", "active", "active", "canceled", "trialing", "past_due"])
        ended = None
        if status == "canceled":
            ended = start + dt.timedelta(days=R.randrange(25, 400))
        cust = f"cus_P{i:04d}x"
        mrr = 0 if status == "trialing" else amount * qty / (12 if interval == "year" else 1)
        if start.date() <= month_end and (ended is None or ended.date() > month_end):
            mrr_at[cust] = mrr_at.get(cust, 0) + mrr
        fmt = lambda t: t.strftime("%Y-%m-%d %H:%M:%S +0000") if t else ""
        rows.append([f"sub_1O{i:04d}", cust, f"billing{i}@example.com", f"price_{interval}_{int(amount)}",
                     "Hourglass " + ("Team" if amount > 40 else "Solo"), qty, interval, f"{amount:.2f}", "usd", status,
                     fmt(start), fmt(start), fmt(start), fmt(start + dt.timedelta(days=30)),
                     fmt(start) if status == "trialing" else "",
                     fmt(start + dt.timedelta(days=14)) if status == "trialing" else "",
                     fmt(ended - dt.timedelta(days=20)) if ended else "", fmt(ended), "false"])
    with open(f"{OUT}/stripe-subscriptions-offset.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
    paying = {c: v for c, v in mrr_at.items() if v > 0}
    expect("stripe-subscriptions-offset.csv (2024-03)", mrr=round(sum(paying.values()), 2), customers=len(paying))


# ---------------------------------------------------------------- I. HubSpot contacts export (leads)
def hubspot_contacts():
    header = ["Record ID", "First Name", "Last Name", "Email", "Lifecycle Stage", "Create Date", "Original Source",
              "Original Source Drill-Down 1", "Became a Marketing Qualified Lead Date",
              "Became a Sales Qualified Lead Date", "Became an Opportunity Date", "Became a Customer Date",
              "First Touch Converting Campaign", "Associated Company"]
    sources = ["Organic Search", "Paid Search", "Direct Traffic", "Social Media", "Email Marketing", "Referrals",
               "Offline Sources", "Paid Social"]
    stages = ["Subscriber", "Lead", "Marketing Qualified Lead", "Sales Qualified Lead", "Opportunity", "Customer"]
    rows = []
    counts = {s: 0 for s in ["lead", "mql", "sql", "sal", "won"]}
    by_source = {}
    undated_customers = 0
    for i in range(120):
        created = dt.datetime.combine(day(D(2024, 1, 1), D(2024, 5, 31)), dt.time(R.randrange(24), R.randrange(60)))
        reached = R.choices(range(6), weights=[5, 30, 25, 15, 10, 15])[0]
        src = R.choice(sources)
        dates = []
        t = created
        for step in range(2, 6):
            if reached >= step:
                t = t + dt.timedelta(days=R.randrange(2, 25))
                dates.append(t.strftime("%Y-%m-%d %H:%M"))
            else:
                dates.append("")
        # contacts imported into HubSpot as customers: the stage is set, the lifecycle dates are not
        if reached == 5 and R.random() < 0.2:
            dates = ["", "", "", ""]
            undated_customers += 1
        counts["lead"] += 1
        step_names = ["mql", "sql", "sal", "won"]
        last = max([k for k, d in enumerate(dates) if d] or [-1])
        for k in range(last + 1):
            counts[step_names[k]] += 1
        s = by_source.setdefault(src, [0, 0])
        s[0] += 1
        s[1] += 1 if dates[3] else 0
        fn, ln = R.choice(FIRST), R.choice(LAST)
        rows.append([str(5101 + 37 * i), fn, ln, f"{fn.lower()}.{i}@example.org", stages[reached],
                     created.strftime("%Y-%m-%d %H:%M"), src, R.choice(["google", "linkedin", "newsletter", ""]),
                     *dates, R.choice(["Spring webinar", "Q1 ebook", ""]), R.choice(FIRMS)])
    with open(f"{OUT}/hubspot-contacts.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
    expect("hubspot-contacts.csv (all)", steps_from_dates=counts, undatedCustomers=undated_customers,
           bySource=by_source)


# ---------------------------------------------------------------- J. accounts: Windows-1252, CRLF, gaps
def accounts_1252():
    header = ["Account Name", "Customer Since", "ARR", "Next Renewal Date", "Active Users", "Licensed Seats",
              "Features Used", "Features in Plan", "Segment", "Notes"]
    names = ["Société Générale Conseil", "Café Olé SARL", "Müller & Söhne GmbH", "Crème Brûlée Ltd", "Björk Design AB",
             "Ångström Labs", "José Peña y Asociados", "Zoë's Kitchen", "Élan Vital", "Garçon Hôtels"]
    rows, total = [], 0
    for i in range(30):
        name = names[i] if i < len(names) else f"{R.choice(FIRMS)} {i}"
        arr = R.choice([6000, 12000, 24000, 48000])
        total += arr
        seats = R.choice([10, 25, 50])
        rows.append([name, day(D(2021, 1, 1), D(2023, 12, 31)).strftime("%d/%m/%Y"), f"€{arr:,}",
                     day(D(2024, 7, 1), D(2025, 6, 30)).strftime("%d/%m/%Y"), str(R.randrange(1, seats + 1)),
                     str(seats), str(R.randrange(2, 9)), "10", R.choice(["SMB", "Mid-Market", "Enterprise"]),
                     R.choice(["", "Renewal call booked", "Champion left;\r\nnew sponsor: CFO"])])
    text = io.StringIO()
    w = csv.writer(text, lineterminator="\r\n")
    w.writerow(header)
    w.writerows(rows)
    text.write(",,,,,,,,,\r\n" * 4)  # the empty rows Excel keeps when rows were cleared, not deleted
    with open(f"{OUT}/accounts-windows-1252.csv", "w", encoding="cp1252", newline="") as f:
        f.write(text.getvalue())
    expect("accounts-windows-1252.csv", accounts=30, totalArr=total)


for g in [salesforce_de, hubspot_xlsx, pipedrive_xlsx, zoho, chargebee, stripe, hubspot_contacts, accounts_1252]:
    g()
