# zipfile in memory: writing with fixed timestamps, listing, reading back, and CRC/error checks.
import io, zipfile
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
    zf.writestr(zipfile.ZipInfo("a.txt", date_time=(2024, 1, 2, 3, 4, 6)), "alpha\n" * 10)
    zf.writestr(zipfile.ZipInfo("dir/b.bin", date_time=(2024, 1, 2, 3, 4, 6)), bytes(range(50)))
    info = zipfile.ZipInfo("stored.txt", date_time=(2020, 5, 5, 5, 5, 4))
    info.compress_type = zipfile.ZIP_STORED
    zf.writestr(info, "not compressed")
buf.seek(0)
with zipfile.ZipFile(buf) as zf:
    print(zf.namelist())
    for i in zf.infolist():
        print(i.filename, i.file_size, i.date_time, i.compress_type, hex(i.CRC))
    print(zf.read("a.txt")[:12], len(zf.read("dir/b.bin")), zf.read("stored.txt"), zf.testzip())
    with zf.open("a.txt") as f:
        print(f.readline(), f.read(5))
    try:
        zf.read("missing")
    except KeyError as e:
        print("KeyError:", e)
print(zipfile.is_zipfile(buf), zipfile.is_zipfile(io.BytesIO(b"not a zip")))
try:
    zipfile.ZipFile(io.BytesIO(b"garbage"))
except zipfile.BadZipFile as e:
    print("BadZipFile:", e)
p = zipfile.Path(zipfile.ZipFile(buf))
print(sorted(x.name for x in p.iterdir()), (p / "dir" / "b.bin").exists(), (p / "a.txt").read_text()[:6])
