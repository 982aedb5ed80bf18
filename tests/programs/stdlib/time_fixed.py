# time functions that do not depend on the clock: struct_time, strftime with a fixed tuple, gmtime(0), strptime.
import time
t = time.gmtime(0)
print(t, t.tm_year, t.tm_yday, t.tm_wday, tuple(t)[:6])
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j %U %w %y %%", t))
fixed = time.struct_time((2024, 2, 29, 13, 45, 30, 3, 60, 0))
print(time.strftime("%A %d %B %Y, %I:%M %p", fixed), time.asctime(fixed), time.strftime("%c", fixed), time.strftime("%x %X", fixed))
p = time.strptime("2023-07-04 09:15", "%Y-%m-%d %H:%M")
print(p.tm_year, p.tm_mon, p.tm_mday, p.tm_hour, p.tm_min, p.tm_wday, p.tm_yday, p.tm_isdst)
print(time.gmtime(86400 * 365.25 * 30)[:3], time.gmtime(-86400)[:3], time.calendar if hasattr(time, "calendar") else "")
import calendar
print(calendar.timegm(fixed), calendar.timegm(time.gmtime(123456789)) == 123456789)
try:
    time.strptime("not a date", "%Y")
except ValueError as e:
    print("ValueError:", e)
print(isinstance(time.time(), float), isinstance(time.monotonic_ns(), int), time.perf_counter() >= 0, time.get_clock_info("monotonic").monotonic)
