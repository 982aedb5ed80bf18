# Deterministic uuid forms (uuid3/uuid5/parsing) and ipaddress arithmetic, networks and errors.
import uuid, ipaddress
ns = uuid.NAMESPACE_DNS
u5 = uuid.uuid5(ns, "python.org")
u3 = uuid.uuid3(ns, "python.org")
print(u5, u3, u5.version, u3.version, u5.variant, u5.hex, u5.int % 1000, u5.urn)
p = uuid.UUID("{12345678-1234-5678-1234-567812345678}")
print(p, p.bytes, p.fields, p.time_low, uuid.UUID(bytes=p.bytes) == p, uuid.UUID(int=1), repr(uuid.UUID(int=0)))
try:
    uuid.UUID("not-a-uuid")
except ValueError as e:
    print("ValueError:", e)
a = ipaddress.ip_address("192.168.1.10")
print(a, a + 5, a.is_private, a.version, int(a), a.reverse_pointer, ipaddress.ip_address(3232235786))
n = ipaddress.ip_network("10.0.0.0/30")
print(n, n.num_addresses, list(n.hosts()), n.broadcast_address, n.netmask, a in n, ipaddress.ip_address("10.0.0.2") in n)
print(list(ipaddress.ip_network("192.168.0.0/24").subnets(new_prefix=26)), ipaddress.ip_network("10.0.0.0/8").supernet())
v6 = ipaddress.ip_address("2001:db8::1")
print(v6, v6.exploded, v6.compressed, v6.version, v6.is_global, ipaddress.ip_address("::ffff:1.2.3.4").ipv4_mapped)
for bad in ["256.1.1.1", "1.2.3", "10.0.0.1/33", "::g"]:
    try:
        ipaddress.ip_interface(bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
try:
    ipaddress.ip_network("10.0.0.1/24")
except ValueError as e:
    print("ValueError:", e)
print(sorted([ipaddress.ip_address("10.0.0.2"), ipaddress.ip_address("9.255.255.255")]), list(ipaddress.summarize_address_range(ipaddress.ip_address("10.0.0.0"), ipaddress.ip_address("10.0.0.5"))))
