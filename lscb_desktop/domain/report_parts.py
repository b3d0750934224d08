"""The structured parts a template can give a section (templates.Part): the recommendations,
the background papers and the contact officer. Implications are sub-sections (report.py)."""

import re
from dataclasses import dataclass, field

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PHONE = re.compile(r"^\+?[\d\s()\-]{6,}(?:\s*(?:ext\.?|extension|x)\s*\d+)?$", re.IGNORECASE)


@dataclass
class Recommendations:
    lead_in: str = ""  # "The Committee is asked to:"; the items hang from it (2.1 / 2.1.1)
    items: list[str] = field(default_factory=list)

    def filled(self) -> list[str]:
        return [item for item in self.items if item.strip()]

    def texts(self) -> list[str]:
        return [self.lead_in, *self.items]


@dataclass
class BackgroundPaper:
    """A paper relied on in writing the report (LGA 1972 s100D); the date is as written,
    since papers are often dated by month ("March 2018")."""

    title: str = ""
    date: str = ""
    contact: str = ""

    def texts(self) -> list[str]:
        return [self.title, self.date, self.contact]

    def is_empty(self) -> bool:
        return not any(text.strip() for text in self.texts())


@dataclass
class ContactDetails:
    name: str = ""
    job_title: str = ""
    email: str = ""
    phone: str = ""

    def texts(self) -> list[str]:
        return [self.name, self.job_title, self.email, self.phone]

    def problems(self) -> list[str]:
        """What stops a reader reaching the officer, each with the way out."""
        found = []
        if not self.name.strip():
            found.append("the contact officer has no name: "
                         "enter who can answer questions on the report")
        if not self.email.strip() and not self.phone.strip():
            found.append("the contact officer has no email address or telephone number: "
                         "enter at least one")
        if self.email.strip() and not _EMAIL.match(self.email.strip()):
            found.append(f"'{self.email.strip()}' is not an email address: "
                         "write it as name@council.gov.uk")
        if self.phone.strip() and not _PHONE.match(self.phone.strip()):
            found.append(f"'{self.phone.strip()}' is not a telephone number: "
                         "write digits, as 01234 567890")
        return found
