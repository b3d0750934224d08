"""Plausible council prose for the scale benchmark: names, topics and sentences drawn from word
banks with a seeded random generator, so that the full-text indexes see a realistic spread of
words (common ones in most minutes, rare ones in few) and every run builds the same council."""

import random

SURNAMES = """
    Abbott Ahmed Ainsworth Akhtar Allen Ashworth Bailey Barker Bateman Begum Bennett Birch
    Bradshaw Brennan Brooks Buckley Burgess Byrne Carter Chadwick Chaudhry Clarke Coates Collier
    Crowther Dawson Dixon Doherty Durham Eastwood Ellison Evans Fairclough Farrell Fenwick Fisher
    Fletcher Forsyth Gallagher Garside Gibbons Goodwin Grant Greenwood Hallam Hanson Harrop
    Haworth Hewitt Holden Horrocks Hughes Hunter Iqbal Jackson Jarvis Kaur Kelsall Kennedy Khan
    Lambert Latham Lindqvist Lomax Lowe Marsden McCann Mellor Morgan Nadeem Naylor Nuttall
    Ogden Okafor Oldham Parkin Patel Pickering Platt Quayle Ramsden Rashid Riley Roebuck Sandhu
    Schofield Sharples Singh Slater Stansfield Sutcliffe Taylor Thornley Turner Varley Wainwright
    Walsh Warburton Whitehead Wilde Winstanley Wood Yates Yeung
""".split()
INITIALS = "ABCDEGHJKLMNPRSTW"
PLACES = """
    Felpersham Ashby Brockton Carsfield Dunmere Eastleigh Frodbury Garswood Hallowmere
    Kingsbury Larchford Millbrook Northwick Oakhampton Pelham Queensmead Rowley Stanhope
    Thornbury Upwell Whitmore Yelverton
""".split()

TOPICS = """
    foster care recruitment|care leavers' accommodation|taster flats for care leavers|placement
    sufficiency|children missing from education|youth justice services|home to school transport|
    adoption support|early help services|domestic abuse refuges|school exclusions|child
    criminal exploitation|emotional wellbeing of young people|unaccompanied asylum-seeking
    children|library opening hours|highways maintenance|pothole repairs|household waste
    collection|planning enforcement|air quality monitoring|housing allocations policy|adult
    social care charging|leisure centre refurbishment|council tax support|homelessness
    prevention|special educational needs assessments|short breaks for disabled children|
    residential children's homes|independent visitors|health assessments of children in care|
    dental checks|personal education plans|virtual school attainment|apprenticeships for care
    leavers|council tax exemption for care leavers|the local offer|public rights of way|flood
    risk management|town centre regeneration|bus subsidies|street lighting replacement|
    community safety partnership|anti-social behaviour|licensing of taxis|gambling policy|
    treasury management|internal audit plan|the annual governance statement|the medium term
    financial strategy|pension fund investments|staff sickness absence|the workforce strategy|
    members' allowances|the code of conduct|corporate risk register|digital inclusion|carers'
    assessments|the dementia strategy|reablement services|hospital discharge|public health
    nursing|smoking cessation|substance misuse services|the school admissions code|
    breakfast clubs|holiday activities and food|the cost of living|energy efficiency grants|
    electric vehicle charging points|tree planting|biodiversity net gain|the local plan|
    affordable housing delivery|empty homes|private rented sector licensing|modern slavery|
    the Prevent duty|cyber security|customer contact centre|complaints to the Ombudsman
""".replace("\n", " ").split("|")
TOPICS = [" ".join(t.split()) for t in TOPICS]

SUBJECTS = ["The Committee", "Members", "The Chairman", "A Member", "The Vice-Chairman",
            "The Director", "The Head of Service", "The lead officer", "Partners",
            "The Children in Care Council", "Young people", "Officers"]
VERBS = ["welcomed", "noted", "asked about", "questioned the timescale for",
         "expressed concern about", "praised the work on", "sought assurance on",
         "requested further detail on", "discussed", "challenged the figures on",
         "commented on the progress of", "raised the cost of"]
FINDINGS = [
    "performance had improved on the previous quarter",
    "demand had risen faster than the budget allowed",
    "the service remained rated good by Ofsted",
    "recruitment of qualified staff remained difficult",
    "the pilot in {place} had been extended for a further year",
    "{percent}% of cases were completed within timescale",
    "spending was forecast at £{money} million against a budget of £{budget} million",
    "the waiting list had fallen to {count} families",
    "a review would report back to the Committee in {month}",
    "partners in {place} had agreed to share the cost",
    "the national average was {percent}%",
    "feedback from residents in {place} had been positive",
    "the backlog was expected to clear by {month} {year}",
    "{count} young people had taken part in the consultation",
    "the inspection in {month} had found areas for improvement",
]
CONNECTIVES = ["In response, officers explained that", "It was reported that",
               "Members heard that", "The Committee was advised that",
               "Officers confirmed that", "It was noted that", "In discussion it emerged that"]
DECISION_VERBS = ["be noted", "be endorsed", "be approved", "be received",
                  "be welcomed", "be agreed"]
DOCUMENTS = ["report", "update", "action plan", "annual report", "strategy", "policy",
             "performance scorecard", "business case", "review"]
ROLES = ["Director of Children's Services", "Head of Service", "Service Manager",
         "Strategic Lead", "Programme Manager", "Finance Manager", "Democratic Services Officer",
         "Head of Legal Services", "Principal Social Worker", "Public Health Consultant"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "September",
          "October", "November", "December"]


class CouncilText:
    """Names and prose from one seeded generator."""

    def __init__(self, seed: int):
        self.rnd = random.Random(seed)

    def pick(self, items):
        return self.rnd.choice(items)

    def person(self) -> str:
        return f"{self.pick(INITIALS)} {self.pick(SURNAMES)}"

    def topic(self) -> str:
        return self.pick(TOPICS)

    def _finding(self) -> str:
        return self.pick(FINDINGS).format(
            place=self.pick(PLACES), percent=self.rnd.randint(12, 97),
            money=f"{self.rnd.randint(1, 40)}.{self.rnd.randint(0, 9)}",
            budget=f"{self.rnd.randint(1, 40)}.{self.rnd.randint(0, 9)}",
            count=self.rnd.randint(3, 900), month=self.pick(MONTHS),
            year=self.rnd.randint(2005, 2026))

    def sentence(self, topic: str) -> str:
        other = self.topic() if self.rnd.random() < 0.3 else topic
        if self.rnd.random() < 0.5:
            return f"{self.pick(SUBJECTS)} {self.pick(VERBS)} {other}."
        return f"{self.pick(CONNECTIVES)} {self._finding()}."

    def paragraph(self, topic: str, sentences: tuple[int, int] = (2, 5)) -> str:
        return " ".join(self.sentence(topic) for _ in range(self.rnd.randint(*sentences)))

    def decision(self, topic: str) -> str:
        if self.rnd.random() < 0.5:
            return f"That the {self.pick(DOCUMENTS)} on {topic} {self.pick(DECISION_VERBS)}."
        return (f"That the {self.pick(ROLES)} be asked to report back on {topic} "
                f"in {self.pick(MONTHS)}.")

    def action(self, topic: str) -> str:
        return self.pick([f"Circulate the figures on {topic} to Members",
                          f"Arrange a briefing on {topic}",
                          f"Write to partners in {self.pick(PLACES)} about {topic}",
                          f"Add {topic} to the work programme"])

    def job_title(self) -> str:
        return self.pick(ROLES)

    def place(self) -> str:
        return self.pick(PLACES)
