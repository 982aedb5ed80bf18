# sqlite3 with an in-memory database: DDL, parameters, row factories, transactions, aggregates and errors.
import sqlite3
con = sqlite3.connect(":memory:")
cur = con.cursor()
cur.execute("CREATE TABLE item (id INTEGER PRIMARY KEY, name TEXT NOT NULL, price REAL, qty INTEGER DEFAULT 0)")
cur.executemany("INSERT INTO item (name, price, qty) VALUES (?, ?, ?)", [("pen", 1.5, 10), ("book", 12.0, 2), ("bag", 30.25, 1)])
con.commit()
print(cur.execute("SELECT * FROM item ORDER BY id").fetchall())
print(cur.execute("SELECT name FROM item WHERE price > :p ORDER BY name", {"p": 5}).fetchall(), cur.rowcount)
print(cur.execute("SELECT COUNT(*), SUM(price * qty), MAX(price), AVG(qty) FROM item").fetchone())
con.row_factory = sqlite3.Row
row = con.execute("SELECT id, name FROM item WHERE name = ?", ("book",)).fetchone()
print(row["name"], row[0], row.keys(), tuple(row), dict(row))
con.row_factory = None
try:
    with con:
        con.execute("INSERT INTO item (name) VALUES ('temp')")
        con.execute("INSERT INTO item (name) VALUES (NULL)")
except sqlite3.IntegrityError as e:
    print("IntegrityError:", e)
print(con.execute("SELECT COUNT(*) FROM item").fetchone())
try:
    con.execute("SELECT * FROM nope")
except sqlite3.OperationalError as e:
    print("OperationalError:", e)
con.create_function("double", 1, lambda v: v * 2)
print(con.execute("SELECT double(qty) FROM item ORDER BY id").fetchall())
print(con.execute("SELECT typeof(1), typeof(1.5), typeof('s'), typeof(NULL), typeof(x'00')").fetchone())
print([r for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")], sqlite3.paramstyle, sqlite3.threadsafety in (0, 1, 3))
con.close()
try:
    con.execute("SELECT 1")
except sqlite3.ProgrammingError as e:
    print("ProgrammingError:", e)
