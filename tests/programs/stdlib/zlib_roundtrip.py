# zlib, gzip and binascii.crc32: round trips and checksums equal CPython's.
import zlib, gzip, binascii, io
data = b"hello hello hello hello " * 20 + bytes(range(256))
for level in [0, 1, 6, 9]:
    c = zlib.compress(data, level)
    print(level, zlib.decompress(c) == data, c[:2].hex())
print(zlib.crc32(data), zlib.adler32(data), binascii.crc32(b"abc"), zlib.crc32(b"abc", 5))
co = zlib.compressobj(9, zlib.DEFLATED, -15)
raw = co.compress(data) + co.flush()
print(zlib.decompress(raw, -15) == data)
do = zlib.decompressobj()
c = zlib.compress(data)
out = do.decompress(c[:10]) + do.decompress(c[10:]) + do.flush()
print(out == data, do.eof, do.unused_data)
try:
    zlib.decompress(b"not compressed")
except zlib.error as e:
    print("zlib.error:", e)
try:
    zlib.decompress(zlib.compress(data)[:-5])
except zlib.error as e:
    print("zlib.error:", e)
g = gzip.compress(b"gzip payload", mtime=0)
print(gzip.decompress(g), len(g) > 10, g[:3].hex())
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as f:
    f.write(b"line1\nline2\n")
buf.seek(0)
with gzip.GzipFile(fileobj=buf) as f:
    print(f.readlines())
print(zlib.ZLIB_VERSION.count(".") >= 1, zlib.MAX_WBITS, zlib.Z_BEST_COMPRESSION)
