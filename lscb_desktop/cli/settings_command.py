"""`lscb settings`: show every preference, show one, or change one."""

from ..domain.preferences import ALL as PREFERENCES
from ..services import settings_service
from .console import Failure, print_json, print_table

_TYPE_WORDS = {int: "a whole number", str: "text"}


def _settings(args, db) -> None:
    if args.key is None:
        rows = [(key, settings_service.get(db, p), p.label) for key, p in PREFERENCES.items()]
        if args.json:
            print_json({key: value for key, value, _ in rows})
        else:
            print_table(["SETTING", "VALUE", "MEANING"], rows)
        return
    pref = PREFERENCES.get(args.key)
    if pref is None:
        raise Failure(f"'{args.key}' is not a setting: use one of {', '.join(PREFERENCES)}.")
    if args.value is not None:
        settings_service.set_value(db, pref, _parsed(pref, args.value))
    print(settings_service.get(db, pref))


def _parsed(pref, raw: str):
    try:
        pref.type(raw)
    except ValueError:
        kind = _TYPE_WORDS.get(pref.type, pref.type.__name__)
        raise Failure(f"{pref.key} must be {kind}, not '{raw}'.") from None
    try:
        return pref.parse(raw)
    except ValueError as error:
        raise Failure(f"{pref.key} cannot be {raw}: {error}") from None


def register(commands) -> None:
    keys = ", ".join(PREFERENCES)
    sub = commands.add(commands.top, "settings", _settings, "show or change preferences",
                       f"Show every preference, show one, or change one ({keys}). For example "
                       "'lscb settings clear_days 3' for a Welsh council, which gives 3 clear "
                       "days' notice of meetings rather than England's 5.")
    sub.add_argument("key", nargs="?", metavar="SETTING", help=f"one of {keys}")
    sub.add_argument("value", nargs="?", metavar="VALUE", help="the new value")
    sub.add_argument("--json", action="store_true", help="print every setting as a JSON object")
