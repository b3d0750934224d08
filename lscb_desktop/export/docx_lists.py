"""Which paragraphs of a Word file are list points, and of what kind: from Word's own list
numbering (numbering.xml, set on the paragraph or its style) or from the style's name."""

from enum import Enum

from docx.oxml.ns import qn


class ListKind(str, Enum):
    BULLET = "bullet"
    NUMBERED = "numbered"  # 1, 2, 3 on body text: in a report, Word's paragraph numbers
    LETTERED = "lettered"  # a, b, c or i, ii, iii, or 1, 2, 3 in a list style: a list


_LETTERED_FORMATS = {"lowerLetter", "upperLetter", "lowerRoman", "upperRoman"}


def style_list_kind(style_name: str) -> ListKind | None:
    """'List Bullet 2', 'Bullet Point' -> BULLET; 'List Number', 'Lettered Point' -> LETTERED."""
    name = style_name.lower()
    if "bullet" in name:
        return ListKind.BULLET
    if name.startswith("list number") or "lettered" in name:
        return ListKind.LETTERED
    return None


def _num_pr(element):
    return element.find(f"{qn('w:pPr')}/{qn('w:numPr')}")


class NumberingFormats:
    """The number format of every list level of a document."""

    def __init__(self, document):
        self.formats: dict[str, dict[str, str]] = {}  # numId -> {ilvl: numFmt}
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return
        abstract = {}
        for definition in numbering.findall(qn("w:abstractNum")):
            abstract[definition.get(qn("w:abstractNumId"))] = {
                level.get(qn("w:ilvl")): level.find(qn("w:numFmt")).get(qn("w:val"))
                for level in definition.findall(qn("w:lvl"))
                if level.find(qn("w:numFmt")) is not None
            }
        for num in numbering.findall(qn("w:num")):
            reference = num.find(qn("w:abstractNumId"))
            if reference is not None:
                self.formats[num.get(qn("w:numId"))] = abstract.get(reference.get(qn("w:val")), {})

    def list_of(self, element, style) -> tuple[ListKind | None, int]:
        """The list kind and level of the paragraph `element` (with Word style `style`)."""
        style_name = style.name if style is not None else ""
        properties = _num_pr(element)
        while properties is None and style is not None:
            properties = _num_pr(style.element)
            style = style.base_style
        if properties is None:
            return None, 0
        num_id = properties.find(qn("w:numId"))
        level = properties.find(qn("w:ilvl"))
        num = num_id.get(qn("w:val")) if num_id is not None else None
        ilvl = level.get(qn("w:val")) if level is not None else "0"
        if num in (None, "0"):  # numbering switched off for this paragraph
            return None, 0
        number_format = self.formats.get(num, {}).get(ilvl, "bullet")
        if number_format == "none":
            return None, 0
        if number_format == "bullet":
            return ListKind.BULLET, int(ilvl)
        in_list_style = (style_name or "").startswith("List")
        lettered = number_format in _LETTERED_FORMATS or in_list_style
        return (ListKind.LETTERED if lettered else ListKind.NUMBERED), int(ilvl)
