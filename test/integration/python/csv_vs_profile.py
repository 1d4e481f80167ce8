"""Reads the published CSV files back with Python's csv module and the assessed workbook's Profile sheet
with openpyxl (neither is the code under test) and prints what differs, as JSON.

Usage: csv_vs_profile.py ASSESSED.xlsx SITE_DIR FORCE SLUG IDS_JSON
"""
import csv, glob, json, os, re, sys
import openpyxl

assessed, site, force, slug, ids = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], json.loads(sys.argv[5])
ws = openpyxl.load_workbook(assessed, read_only=True, data_only=True)["Profile"]
rows = list(ws.iter_rows(values_only=True))
header = list(rows[0])
profile = {(r[header.index("Force")], r[header.index("Data set")]): dict(zip(header, r)) for r in rows[1:] if r[0] is not None}

def read(path):
    raw = open(path, "rb").read()
    assert raw.startswith(b"\xef\xbb\xbf"), path + " has no byte order mark"
    with open(path, newline="", encoding="utf-8-sig") as f:
        return list(csv.reader(f))

def same(cell, field):
    if cell is None:
        return field == ""
    if isinstance(cell, (int, float)):
        return field != "" and abs(float(field) - cell) <= 1e-9 * max(1, abs(cell))
    return str(cell) == field

problems, checked = [], 0
figures = read(glob.glob(os.path.join(site, "data", "england-and-wales-*-1-figures.csv"))[0])
head = figures[0]
for line in figures[1:]:
    row = dict(zip(head, line))
    if row["Force"] != force:
        continue
    want = profile.get((force, row["Data set"]))
    if want is None:
        problems.append("no Profile row for " + row["Data set"])
        continue
    for column in header:
        if not same(want[column], row[column]):
            problems.append("%s, %s: Profile %r, CSV %r" % (row["Data set"], column, want[column], row[column]))
    checked += 1

own = 0
for path in sorted(glob.glob(os.path.join(site, "data", slug + "-*-similar-forces.csv"))):
    name = os.path.basename(path)
    found = re.match(r"^" + re.escape(slug) + r"-\d{4}-\d{2}-\d{2}-(.+)-similar-forces\.csv$", name)
    ds = ids.get(found.group(1)) if found else None
    want = profile.get((force, ds))
    first = read(path)[1]
    if want is None or not same(want["Figure"], first[1]):
        problems.append("%s: first row %r, Profile figure %r" % (name, first, want and want["Figure"]))
    if len(read(path)[0]) == 4 and not (same(want["Lower"], first[2]) and same(want["Upper"], first[3])):
        problems.append("%s: interval %r differs from Profile" % (name, first))
    own += 1

# England and Wales robbery rate by hand from the workbook's own Data and Forces sheets:
# the sum of every force's robberies over the sum of every force's population, per 1,000.
book = openpyxl.load_workbook(assessed, read_only=True, data_only=True)
def table(name):
    r = list(book[name].iter_rows(values_only=True))
    return [dict(zip(r[0], x)) for x in r[1:] if any(v is not None for v in x)]
year = next(r["Year"] for r in table("Profile") if r["Force"] == force)
robberies = sum(r["Numerator"] for r in table("Data") if r["Data set id"] == "robbery" and r["Year"] == year)
people = sum(r["Population"] for r in table("Forces") if r["Population year"] == year)
by_hand = robberies / people * 1000
row = next(dict(zip(head, l)) for l in figures[1:] if l[0] == force and dict(zip(head, l))["Data set"] == "Robbery")
if abs(float(row["England and Wales"]) - round(by_hand, 4)) > 1e-9:
    problems.append("England and Wales robbery: CSV %s, by hand %.6f" % (row["England and Wales"], by_hand))

print(json.dumps({"checked": checked, "tables": own, "problems": problems, "robberyByHand": by_hand}))
