# datetime arithmetic and formatting that does not depend on the current time or local zone.
import datetime as dt
d = dt.date(2024, 2, 28)
print(d, repr(d), d + dt.timedelta(days=2), d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), d.strftime("%A %d %B %Y"))
t = dt.datetime(2023, 12, 31, 23, 59, 59, 999999)
print(t, t + dt.timedelta(microseconds=1), t.isoformat(), t.isoformat(sep=" ", timespec="seconds"), t.date(), t.time())
print(dt.timedelta(days=1, hours=25, minutes=-1), dt.timedelta(seconds=-1), repr(dt.timedelta(hours=1.5)), dt.timedelta(weeks=1).total_seconds())
print(dt.timedelta(days=10) // dt.timedelta(days=3), dt.timedelta(days=10) % dt.timedelta(days=3), dt.timedelta(days=1) / 4, -dt.timedelta(days=1))
print(dt.datetime(2024, 3, 1) - dt.datetime(2024, 2, 1), dt.date(2000, 1, 1) - dt.date(1999, 1, 1))
utc = dt.timezone.utc
aware = dt.datetime(2024, 1, 1, 12, 0, tzinfo=utc)
plus2 = dt.timezone(dt.timedelta(hours=2), "EET")
print(aware, aware.astimezone(plus2), aware.astimezone(plus2).tzname(), aware.utcoffset(), aware.timestamp())
print(dt.datetime.fromisoformat("2024-05-06T07:08:09+05:30"), dt.date.fromisoformat("2024-05-06"), dt.time.fromisoformat("10:11:12.5"))
print(dt.datetime.strptime("2024-07-04 15:30", "%Y-%m-%d %H:%M"), dt.datetime.fromtimestamp(0, utc), dt.datetime(2024, 1, 1).strftime("%j %U %w %y %I%p"))
for bad in [(2023, 2, 29), (2024, 13, 1), (2024, 1, 32)]:
    try:
        dt.date(*bad)
    except ValueError as e:
        print(bad, "ValueError:", e)
try:
    aware - dt.datetime(2024, 1, 1)
except TypeError as e:
    print("TypeError:", e)
print(dt.date.max, dt.date.min, dt.datetime.max, dt.timedelta.max, dt.time(1, 2, 3, 4), dt.time.min)
print(sorted([dt.date(2024, 1, 2), dt.date(2023, 5, 5)]), dt.date(2024, 1, 1) < dt.date(2024, 1, 2), hash(dt.date(2024, 1, 1)) == hash(dt.date(2024, 1, 1)))
print(dt.datetime(2024, 1, 1).replace(year=2025, hour=5), d.replace(day=1), f"{t:%H:%M}", format(d, "%d/%m"))
import calendar
print(calendar.isleap(2024), calendar.monthrange(2024, 2), calendar.weekday(2024, 1, 1))
print(calendar.month(2024, 2))
