"""The report of ``fkcheck deadlines``: text for people, JSON for tools, iCalendar for
calendars (one event per date, with a reminder 14 days before)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from typing import Any

from fkcheck import __version__
from fkcheck.deadlines import Deadline, FileSchedule, Schedule
from fkcheck.i18n import Lang, fmt, label, t
from fkcheck.report.common import rule_heading, title
from fkcheck.report.escape import inert, log_line

ALARM_BEFORE = dt.timedelta(days=14)


def text_of(deadline: Deadline, lang: Lang) -> str:
    """'Ab 01.01.2027 ist »DGB …« nicht mehr Mitglied – nicht mehr erfüllt: FRL-1.3 (D.I.2.d)
    Vertretung einer Gewerkschaft; Förderfähig: nein'."""
    params = {
        "date": deadline.date,
        "due": deadline.due,
        "days": (deadline.due - deadline.date).days if deadline.due else None,
        "next_year": deadline.date.year + 1,
        "subject": deadline.subject,
        "rule": deadline.rule,
    }
    head = t(f"deadline.{deadline.kind}", lang, params)
    parts = []
    if deadline.newly_failing:
        rules = ", ".join(
            f"{rule_heading(r, lang)} {title(r, lang)}" for r in deadline.newly_failing
        )
        parts.append(t("deadline.then_missing", lang, {"rules": rules}))
    parts.append(label("eligible.yes" if deadline.eligible else "eligible.no", lang))
    consequence = "; ".join(parts)
    if deadline.effective != deadline.date:
        consequence = f"{t('deadline.from', lang, {'date': deadline.effective})}: {consequence}"
    return f"{head} – {consequence}"


def summary_of(deadline: Deadline, lang: Lang) -> str:
    params = {"due": deadline.due, "subject": deadline.subject, "rule": deadline.rule}
    return t(f"deadline.summary.{deadline.kind}", lang, params)


# --- text ------------------------------------------------------------------------------


def render_text(schedule: Schedule, lang: Lang) -> str:
    period = {"von": schedule.stichtag, "bis": schedule.until}
    blocks = [t("deadline.heading", lang, period) + "\n"]
    for file in schedule.files:
        heading = f"{file.alliance} — {file.name}" if file.alliance else file.name
        lines = [log_line(heading)]  # a name like '::error::x' starts no command
        if file.problems:
            lines.append(f"  {label('invalid', lang)}")
        elif not file.deadlines:
            lines.append(f"  {t('deadline.none', lang)}")
        for deadline in file.deadlines:
            lines.append(inert(f"  {fmt(deadline.date, lang)}  {text_of(deadline, lang)}"))
        blocks.append("\n".join(lines) + "\n")
    return "\n".join(blocks)


# --- JSON ------------------------------------------------------------------------------


def render_json(schedule: Schedule, lang: Lang) -> str:
    files = [{"path": f.name, "deadlines": [_entry(d, lang) for d in f.deadlines]}
             for f in schedule.files]  # fmt: skip
    return json.dumps({"files": files}, ensure_ascii=False, indent=2) + "\n"


def _entry(deadline: Deadline, lang: Lang) -> dict[str, Any]:
    return {
        "date": deadline.date.isoformat(),
        "kind": deadline.kind,
        "rule": deadline.rule,
        "text": text_of(deadline, lang),
        "eligible_from_date": deadline.eligible,
        "failing_from_date": list(deadline.failing),
    }


# --- iCalendar ---------------------------------------------------------------------------


def render_ics(schedule: Schedule, lang: Lang) -> str:
    from icalendar import Calendar

    calendar = Calendar()
    calendar.add("prodid", f"-//fkcheck//fkcheck {__version__}//{lang.upper()}")
    calendar.add("version", "2.0")
    # A fixed stamp (the Stichtag), not the wall clock: the same input gives the same file.
    stamp = dt.datetime.combine(schedule.stichtag, dt.time(), dt.UTC)
    for file in schedule.files:
        for deadline in file.deadlines:
            calendar.add_component(_event(file, deadline, stamp, lang))
    ics: bytes = calendar.to_ical()
    return ics.decode("utf-8")


def _event(file: FileSchedule, deadline: Deadline, stamp: dt.datetime, lang: Lang) -> Any:
    from icalendar import Alarm, Event

    alliance = inert(file.alliance or file.name)
    summary = inert(f"{alliance}: {summary_of(deadline, lang)}")
    event = Event()
    event.add("uid", uid(alliance, deadline))
    event.add("dtstamp", stamp)
    event.add("dtstart", deadline.date)
    event.add("dtend", deadline.date + dt.timedelta(days=1))
    event.add("summary", summary)
    event.add("description", inert(text_of(deadline, lang)))
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)
    alarm.add("trigger", -ALARM_BEFORE)
    event.add_component(alarm)
    return event


def uid(alliance: str, deadline: Deadline) -> str:
    """Stable across runs: the alliance, the kind, the rule, the date (and the member, so
    that two memberships ending on one day stay two events)."""
    parts = (alliance, deadline.kind, deadline.rule or "", deadline.date.isoformat(),
             deadline.subject or "")  # fmt: skip
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()
    return f"{digest[:32]}@fkcheck"


FORMATS: dict[str, Callable[[Schedule, Lang], str]] = {
    "text": render_text,
    "json": render_json,
    "ics": render_ics,
}
