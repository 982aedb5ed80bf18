# hashlib digests equal CPython's for each algorithm the module guarantees.
import hashlib, hmac
data = b"The quick brown fox jumps over the lazy dog"
for name in ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_256", "sha3_512", "blake2b", "blake2s"]:
    h = hashlib.new(name, data)
    print(name, h.hexdigest(), h.digest_size, h.block_size, h.name)
print(hashlib.sha256(b"").hexdigest(), hashlib.md5(b"a" * 1000).hexdigest())
h = hashlib.sha1()
h.update(b"The quick brown fox ")
c = h.copy()
h.update(b"jumps over the lazy dog")
print(h.hexdigest(), c.hexdigest())
print(hashlib.blake2b(data, digest_size=16).hexdigest(), hashlib.blake2b(data, key=b"key", person=b"me").hexdigest()[:32])
print(hashlib.shake_128(data).hexdigest(16), hashlib.shake_256(data).hexdigest(8))
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000).hex())
print(hmac.new(b"key", data, "sha256").hexdigest(), hmac.compare_digest(b"a", b"a"))
print(sorted(hashlib.algorithms_guaranteed))
try:
    hashlib.new("nope")
except ValueError as e:
    print("ValueError:", e)
try:
    hashlib.sha256("text")
except TypeError as e:
    print("TypeError:", e)
print(hashlib.sha256(memoryview(b"abc")).hexdigest() == hashlib.sha256(bytearray(b"abc")).hexdigest())
