"""Machine-readable marks in a Word file that survive editing in Word and LibreOffice:
bookmarks (a named place around a paragraph) and custom document properties (File >
Properties > Custom). The report export writes them so that the report import can bring
its own files back exactly; the reader here is as general as the writer."""

from xml.sax.saxutils import escape

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

CUSTOM_PROPERTIES_PART = "/docProps/custom.xml"
_CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"  # the id Word gives user properties
MAX_BOOKMARK_NAME = 40  # Word's limit


class BookmarkNumbers:
    """Bookmark ids must be unique in a document; one counter per document written."""

    def __init__(self):
        self.next_id = 0

    def wrap(self, paragraph, name: str) -> None:
        """Put a bookmark called `name` around the whole of `paragraph` (a python-docx
        paragraph); names longer than Word allows are left out rather than cut short."""
        if not name or len(name) > MAX_BOOKMARK_NAME:
            return
        start = OxmlElement("w:bookmarkStart")
        start.set(qn("w:id"), str(self.next_id))
        start.set(qn("w:name"), name)
        end = OxmlElement("w:bookmarkEnd")
        end.set(qn("w:id"), str(self.next_id))
        self.next_id += 1
        element = paragraph._p
        properties = element.find(qn("w:pPr"))
        position = 0 if properties is None else list(element).index(properties) + 1
        element.insert(position, start)
        element.append(end)


def bookmark_names(element) -> list[str]:
    """The names of the bookmarks that start inside `element` (a paragraph, a table row)."""
    return [start.get(qn("w:name")) for start in element.iter(qn("w:bookmarkStart"))]


def write_custom_properties(document, properties: dict[str, str]) -> None:
    """Add `properties` as custom text properties of `document` (a python-docx Document)."""
    if not properties:
        return
    entries = "".join(
        f'<property fmtid="{_FMTID}" pid="{pid}" name="{escape(name, {chr(34): "&quot;"})}">'
        f"<vt:lpwstr>{escape(value)}</vt:lpwstr></property>"
        for pid, (name, value) in enumerate(properties.items(), start=2)
    )
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<Properties xmlns="{_CUSTOM_NS}" xmlns:vt="{_VT_NS}">{entries}</Properties>')
    package = document.part.package
    part = Part(PackURI(CUSTOM_PROPERTIES_PART), CT.OFC_CUSTOM_PROPERTIES, xml.encode("utf-8"),
                package)
    package.relate_to(part, RT.CUSTOM_PROPERTIES)


def read_custom_properties(document) -> dict[str, str]:
    """The custom properties of `document` that hold text; {} when it has none."""
    for part in document.part.package.iter_parts():
        if part.partname == CUSTOM_PROPERTIES_PART:
            break
    else:
        return {}
    try:
        root = etree.fromstring(part.blob)
    except etree.XMLSyntaxError:
        return {}  # damaged properties are only hints: read the document without them
    found = {}
    for entry in root.findall(f"{{{_CUSTOM_NS}}}property"):
        value = entry.find(f"{{{_VT_NS}}}lpwstr")
        if entry.get("name") and value is not None:
            found[entry.get("name")] = value.text or ""
    return found
