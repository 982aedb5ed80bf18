# csv module round trip with quoting, dialects, DictReader/DictWriter, and a grouped report.
import csv, io
raw = 'name,dept,salary\n"Smith, J",eng,100\nLee,ops,80\n"O""Neil",eng,120\nKim,ops,95\n'
rows = list(csv.DictReader(io.StringIO(raw)))
print(rows[0], len(rows), rows[2]["name"])
by_dept = {}
for r in rows:
    by_dept.setdefault(r["dept"], []).append(int(r["salary"]))
for dept, sal in sorted(by_dept.items()):
    print(f"{dept}: n={len(sal)} total={sum(sal)} avg={sum(sal) / len(sal):.1f}")
out = io.StringIO()
w = csv.writer(out)
w.writerow(["a", "b,c", 'd"e', "", None, 3.5])
w.writerows([[1, 2], ["x\ny", "z"]])
print(repr(out.getvalue()))
out2 = io.StringIO()
dw = csv.DictWriter(out2, fieldnames=["k", "v"], quoting=csv.QUOTE_NONNUMERIC)
dw.writeheader()
dw.writerow({"k": "one", "v": 1})
dw.writerow({"k": "two", "v": 2.5})
print(repr(out2.getvalue()))
print(list(csv.reader(["a;b;'c;d'"], delimiter=";", quotechar="'")), list(csv.reader(['x,"y', 'z"'])))
print(list(csv.reader(io.StringIO(out2.getvalue()), quoting=csv.QUOTE_NONNUMERIC)))
try:
    list(csv.reader(['"unterminated'], strict=True))
except csv.Error as e:
    print("csv.Error:", e)
try:
    dw.writerow({"k": 1, "extra": 2})
except ValueError as e:
    print("ValueError:", e)
print(csv.list_dialects() and sorted(csv.list_dialects()), csv.excel.delimiter, repr(csv.excel.lineterminator))
