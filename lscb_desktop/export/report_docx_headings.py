"""Which paragraphs of a Word file are headings, and where each leads: a section or
sub-section of the template, a section of the author's own, a subheading inside a section,
the list of appendices, or (when the house style has fixed sections) "Unplaced content".

The application's own files are read by their Word heading levels and hidden bookmarks.
Other files are read by title; a heading there may be a Word heading, a short bold line or
a short line numbered like "3." or "3.0"."""

from dataclasses import dataclass
from enum import Enum

from ..domain.report import UNPLACED_SECTION_KEY, UNPLACED_SECTION_TITLE, SectionContent
from ..domain.templates import FREE_SECTION_PREFIX, Part, ReportTemplate, SectionTemplate
from .docx_lists import ListKind
from .docx_reading import ReadParagraph
from .docx_styles import PARAGRAPH_STYLE_NAMES
from .document import Style
from .report_anchors import section_key, subsection_key
from .report_docx_matching import close_title, normalise, same_title, split_number
from .report_docx_text import own_label

_LONGEST_HEADING = 100  # characters: a longer line is text, however bold
_APPENDICES = ("appendices", "appendix", "list of appendices")
_PART_TITLES = {
    Part.RECOMMENDATIONS: ("recommendation", "recommendations"),
    Part.IMPLICATIONS: ("implications",),
    Part.BACKGROUND_PAPERS: ("background papers", "list of background papers",
                             "access to information"),
    Part.CONTACT: ("contact", "contact officer", "contact details", "contact information"),
}


class HeadingTarget(str, Enum):
    SECTION = "section"
    SUBSECTION = "subsection"
    FREE = "free"  # a section of the author's own
    SUBHEADING = "subheading"  # within the section the heading is in
    TITLE = "title"  # the report's title, in the header block
    APPENDICES = "appendices"
    UNPLACED = "unplaced"  # the file's own "Unplaced content" section
    UNPLACED_HEADING = "unplaced-heading"  # a heading that fits no section


@dataclass
class Target:
    kind: HeadingTarget
    key: str | None = None  # the section's key
    sub_key: str | None = None
    title: str = ""
    reason: str = ""  # why a heading could not be placed
    content: SectionContent | None = None  # where its paragraphs go (set by the reader)


@dataclass(frozen=True)
class FoundHeading:
    title: str
    level: int | None  # None: a heading by its look only
    number: tuple[int, ...] | None
    bookmarks: tuple[str, ...]


def _all_bold(paragraph: ReadParagraph) -> bool:
    written = [run for run in paragraph.runs if run.text.strip()]
    return bool(written) and all(run.bold for run in written)


class HeadingReader:
    def __init__(self, template: ReportTemplate, own_file: bool, hints: bool):
        self.template, self.own_file, self.hints = template, own_file, hints
        self.keys = [s.key for s in template.sections]
        self.seen: set[str] = set()
        self.section_level: int | None = None  # the Word level of sections in this file
        self.numbered_headings = False

    def heading_of(self, paragraph: ReadParagraph) -> FoundHeading | None:
        text = paragraph.text.strip()
        level = paragraph.heading_level
        if level is None and not self._looks_like_heading(paragraph, text):
            return None
        if self.own_file:  # a number is the label before a tab; the title is all words
            labelled = own_label(paragraph.runs)
            numbered = split_number(labelled[0] + "\t") if labelled else None
            title = "".join(r.text for r in labelled[1]) if labelled else text
        else:
            numbered = split_number(text)
            title = numbered.text if numbered else text
        title = title.strip()
        if not title:
            return None
        return FoundHeading(title, level, numbered.parts if numbered else None,
                            paragraph.bookmarks)

    def _looks_like_heading(self, paragraph: ReadParagraph, text: str) -> bool:
        if self.own_file or len(text) > _LONGEST_HEADING or text[-1] in ".;,:":
            return False
        if paragraph.list_kind in (ListKind.BULLET, ListKind.LETTERED):
            return False
        if paragraph.style == PARAGRAPH_STYLE_NAMES[Style.CAPTION]:
            return False
        if _all_bold(paragraph):
            return True
        numbered = split_number(text)
        return bool(numbered and _section_number(numbered.parts) and numbered.text[:1].isupper())

    # -- where a heading leads -------------------------------------------------------------

    def place(self, heading: FoundHeading, current: Target | None) -> Target:
        title = heading.title
        if self.own_file and (heading.level or 0) >= 4:
            return Target(HeadingTarget.SUBHEADING, title=title)
        hinted = self._hinted(heading, current)
        if hinted is not None:
            return hinted
        if same_title(title, UNPLACED_SECTION_TITLE):
            return Target(HeadingTarget.UNPLACED, key=UNPLACED_SECTION_KEY, title=title)
        if normalise(title) in _APPENDICES:
            return Target(HeadingTarget.APPENDICES, title=title)
        if not (self.own_file and heading.level == 3):
            section = self._match_section(title)
            if section is not None:
                return self._enter(section, heading)
        found = self._match_subsection(title, current)
        if found is not None:
            return found
        if current is None and heading.level in (1, None) and not heading.number:
            return Target(HeadingTarget.TITLE, title=title)
        if not self._is_section_level(heading):
            return Target(HeadingTarget.SUBHEADING, title=title)
        if self.template.allows_free_sections:
            return Target(HeadingTarget.FREE, title=title)
        return Target(HeadingTarget.UNPLACED_HEADING, title=title,
                      reason=f"the '{self.template.name}' style has a fixed set of sections")

    def _hinted(self, heading: FoundHeading, current: Target | None) -> Target | None:
        if not self.hints:
            return None
        for name in heading.bookmarks:
            key = section_key(name, self.keys)
            if key == UNPLACED_SECTION_KEY:
                return Target(HeadingTarget.UNPLACED, key=key, title=heading.title)
            if key and key.startswith(FREE_SECTION_PREFIX):
                return Target(HeadingTarget.FREE, key=key, title=heading.title)
            if key and key not in self.seen:
                return self._enter(self.template.section(key), heading)
            parent = self.template.section(current.key) if current and current.key else None
            sub_keys = [s.key for s in parent.subsections] if parent else []
            sub_key = subsection_key(name, sub_keys)
            if sub_key:
                return Target(HeadingTarget.SUBSECTION, key=parent.key, sub_key=sub_key,
                              title=heading.title)
        return None

    def _enter(self, section: SectionTemplate, heading: FoundHeading) -> Target:
        self.seen.add(section.key)
        if heading.level is not None and self.section_level is None:
            self.section_level = heading.level
        self.numbered_headings = self.numbered_headings or bool(heading.number)
        return Target(HeadingTarget.SECTION, key=section.key, title=section.title)

    def _unseen(self) -> list[SectionTemplate]:
        return [s for s in self.template.sections if s.key not in self.seen]

    def _match_section(self, title: str) -> SectionTemplate | None:
        sections = self._unseen()
        for matches in (
            lambda s: same_title(title, s.title),
            lambda s: s.part is not None and any(normalise(title).startswith(w)
                                                 for w in _PART_TITLES[s.part]),
            lambda s: close_title(title, s.title),
            lambda s: _starts_alike(title, s.title),
        ):
            found = next((s for s in sections if matches(s)), None)
            if found is not None:
                return found
        return None

    def _match_subsection(self, title: str, current: Target | None) -> Target | None:
        parent_key = current.key if current and current.kind in (
            HeadingTarget.SECTION, HeadingTarget.SUBSECTION) else None
        parents = sorted(self.template.sections, key=lambda s: s.key != parent_key)
        # "Legal" is the current section's "Legal Implications"; elsewhere titles must agree.
        for parent in parents:
            for sub in parent.subsections:
                loose = parent.key == parent_key
                if close_title(title, sub.title) or (loose and close_title(title, sub.title,
                                                                           loose=True)):
                    self.seen.add(parent.key)
                    return Target(HeadingTarget.SUBSECTION, key=parent.key, sub_key=sub.key,
                                  title=sub.title)
        return None

    def _is_section_level(self, heading: FoundHeading) -> bool:
        if self.own_file:
            return (heading.level or 2) <= 2
        if heading.level is not None:
            return heading.level <= (self.section_level or 2)
        if heading.number:
            return _section_number(heading.number)
        return not self.numbered_headings

    def missing_required(self) -> list[str]:
        return [s.key for s in self.template.sections if s.required and s.key not in self.seen]


def _section_number(parts: tuple[int, ...]) -> bool:
    """'3.' and '3.0' number sections; '3.1' a paragraph."""
    return len(parts) == 1 or (len(parts) == 2 and parts[1] == 0)


def _starts_alike(found: str, wanted: str) -> bool:
    """'Background' and 'Background and Advice'; 'Contact' and 'Contact for further
    information': one title is the other's first words."""
    a, b = normalise(found).split(), normalise(wanted).split()
    shorter, longer = sorted((a, b), key=len)
    return bool(shorter) and longer[:len(shorter)] == shorter
