# configparser round trip with interpolation, and tomllib parsing of a small document.
import configparser, io, tomllib
text = """
[DEFAULT]
base = /srv
[app]
name = demo
path = %(base)s/app
debug = yes
port = 8080
[empty]
"""
cp = configparser.ConfigParser()
cp.read_string(text)
print(cp.sections(), cp["app"]["path"], cp.getboolean("app", "debug"), cp.getint("app", "port"), cp.get("empty", "base"))
print(sorted(cp["app"].keys()), cp.has_option("app", "missing"), cp.get("app", "missing", fallback="fb"))
cp["new"] = {"k": "v", "n": "1"}
out = io.StringIO()
cp.write(out)
print(out.getvalue())
try:
    cp.get("nosection", "x")
except configparser.NoSectionError as e:
    print("NoSectionError:", e)
try:
    configparser.ConfigParser().read_string("[a]\nx = 1\n[a]\n")
except configparser.DuplicateSectionError as e:
    print("DuplicateSectionError:", e)
raw = configparser.RawConfigParser()
raw.read_string("[s]\nv = %(not)s interpolated\n")
print(raw.get("s", "v"))
doc = """
title = "TOML example"
[owner]
name = "Tom"
dob = 1979-05-27T07:32:00-08:00
[database]
ports = [8000, 8001, 8002]
enabled = true
ratio = 0.5
[[fruit]]
name = "apple"
[[fruit]]
name = "banana"
"""
data = tomllib.loads(doc)
print(data["title"], data["owner"]["dob"], data["database"], [f["name"] for f in data["fruit"]])
try:
    tomllib.loads("a = ")
except tomllib.TOMLDecodeError as e:
    print("TOMLDecodeError:", e)
