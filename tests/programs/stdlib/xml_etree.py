# xml.etree.ElementTree: parsing, finding, attributes, building and serialising deterministically.
import xml.etree.ElementTree as ET
doc = """<library name="city">
  <book id="1" lang="en"><title>Dune</title><year>1965</year></book>
  <book id="2" lang="fr"><title>L'Étranger</title><year>1942</year></book>
  <magazine id="3"><title>Weekly</title></magazine>
</library>"""
root = ET.fromstring(doc)
print(root.tag, root.attrib, len(root), [child.tag for child in root])
print([b.get("id") for b in root.findall("book")], root.find("book/title").text, root.findtext("magazine/title"))
print([t.text for t in root.iter("title")], [b.find("year").text for b in root.findall(".//book[@lang='fr']")])
new = ET.SubElement(root, "book", id="4")
ET.SubElement(new, "title").text = "New & <Notable>"
new.set("lang", "de")
print(ET.tostring(new, encoding="unicode"))
root.remove(root.find("magazine"))
print([c.get("id") for c in root], ET.tostring(ET.Element("empty")), ET.tostring(ET.Element("a", {"b": "c\"d"}), encoding="unicode"))
e = ET.Element("root")
e.text = "text"
child = ET.SubElement(e, "child", attrib={"k": "v"})
child.tail = "tail"
print(ET.tostring(e, encoding="unicode"), ET.tostring(e, encoding="utf-8", xml_declaration=True))
try:
    ET.fromstring("<a><b></a>")
except ET.ParseError as err:
    print("ParseError:", err, err.position)
tree = ET.ElementTree(ET.fromstring("<r><x>1</x><x>2</x></r>"))
print(sum(int(x.text) for x in tree.getroot()), tree.getroot().find("y"))
ET.indent(root)
print(ET.tostring(root, encoding="unicode").splitlines()[:3])
