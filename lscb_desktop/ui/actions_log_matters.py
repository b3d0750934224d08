"""From the actions log to the next agenda: which committee's actions are meant, what will
happen (which meeting, a new item or the existing one rewritten), the user's yes, then
matters_arising_service does it."""

from ..domain.errors import ValidationError
from ..services import matters_arising_service
from ..services.action_service import ActionEntry
from ..services.matters_arising_service import MattersArising
from . import messages

TITLE = "Put on next agenda as matters arising"


def committee_meant(selected: list[ActionEntry], filter_committee_id: int | None,
                    shown: list[ActionEntry]) -> int:
    """The one committee whose actions are meant: the selected actions', else the filter's,
    else the only committee in the log. Raises ValidationError naming what to choose."""
    if selected:
        committees = {e.logged.committee_id for e in selected}
        if len(committees) > 1:
            raise ValidationError(
                "The selected actions arose at more than one committee, and each committee's "
                "matters arising go on its own agenda: select the actions of one committee "
                "(the Committee filter shows them together).", "actions")
        return committees.pop()
    if filter_committee_id is not None:
        return filter_committee_id
    committees = {e.logged.committee_id for e in shown}
    if len(committees) == 1:
        return committees.pop()
    if not committees:
        raise ValidationError(
            "There are no actions here to put on an agenda: actions are recorded with the "
            "minutes, on the minutes page.", "actions")
    raise ValidationError(
        "Choose whose matters arising these are: pick a committee in the Committee filter "
        "(all its open actions go), or select the actions to put on its next agenda.",
        "actions")


def put_on_next_agenda(parent, db, selected: list[ActionEntry], filter_committee_id,
                       shown: list[ActionEntry], today) -> MattersArising | None:
    """Ask, then put the actions on the committee's next agenda; None when the user says no
    or the service refuses (the message is shown)."""
    try:
        committee_id = committee_meant(selected, filter_committee_id, shown)
        ids = [e.action.id for e in selected] or None
        plan = matters_arising_service.prepare(db, committee_id, ids, today)
    except messages.USER_ERRORS as error:
        messages.show_error(parent, TITLE, error)
        return None
    question = f"{plan.summary()}\n\n{plan.purpose}"
    if not messages.confirm(parent, TITLE, question, "Put on agenda"):
        return None
    try:
        return matters_arising_service.put_on_next_agenda(db, committee_id, ids, today)
    except messages.USER_ERRORS as error:
        messages.show_error(parent, TITLE, error)
        return None
