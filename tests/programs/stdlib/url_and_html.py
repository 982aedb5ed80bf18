# urllib.parse and html: splitting, joining, quoting, query strings, escaping and unescaping.
from urllib.parse import urlparse, urlunparse, urljoin, urlencode, parse_qs, parse_qsl, quote, unquote, quote_plus, urlsplit, urldefrag
import html
u = urlparse("https://user:pw@example.com:8080/a/b;params?q=1&r=two#frag")
print(u)
print(u.scheme, u.netloc, u.hostname, u.port, u.username, u.password, u.path, u.params, u.query, u.fragment)
print(urlunparse(u._replace(scheme="http", fragment="")), urlsplit("//host/path").netloc, urldefrag("a#b"))
for base, rel in [("http://a/b/c/d;p?q", "g"), ("http://a/b/c/d;p?q", "../g"), ("http://a/b/c/d;p?q", "//g"),
                  ("http://a/b/c/d;p?q", "?y"), ("http://a/b/c/d;p?q", "#s"), ("http://a/b/c/", "../../../g")]:
    print(rel, "->", urljoin(base, rel))
print(urlencode({"a": 1, "b": "x y", "c": "é&"}), urlencode([("k", "1"), ("k", "2")]), urlencode({"l": [1, 2]}, doseq=True))
print(parse_qs("a=1&a=2&b=&c=x+y"), parse_qs("b=", keep_blank_values=True), parse_qsl("x=1&y=%20z"))
print(quote("a b/c?d=é"), quote("a b/c", safe=""), quote_plus("a b+c"), unquote("%C3%A9%20x"), unquote("%zz"))
try:
    urlparse("http://[::1").hostname
except ValueError as e:
    print("ValueError:", e)
print(urlparse("http://[::1]:80/").hostname, urlparse("file:///etc/hosts").path, urlparse("mailto:a@b.c"))
print(html.escape('<a href="x">Tom & "Jerry"\'s</a>'), html.escape("<b>", quote=False))
print(html.unescape("&lt;p&gt; &amp;amp; &eacute; &#233; &#x27; &notanentity; &copy"))
