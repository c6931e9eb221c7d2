"""A local WhatDoTheyKnow (Alaveteli) replica for the sample: requests to police bodies,
the bodies' replies (as message text and as PDF attachments), follow-ups, a clarification
and internal reviews, with the requester's state on each request.

Shapes follow Alaveteli's read API (sources, mysociety/alaveteli):
  - request JSON (``/request/<url_title>.json``): InfoRequest#json_for_api(deep=true) in
    app/models/info_request.rb: id, url_title, title, created_at, updated_at,
    described_state, display_status, awaiting_description, prominence, law_used, tags,
    user, public_body, info_request_events.
  - each event: InfoRequestEvent#json_for_api in app/models/info_request_event.rb: id,
    event_type (sent, response, followup_sent, ...), created_at, described_state,
    calculated_state, last_described_at, incoming_message_id, outgoing_message_id,
    comment_id, display_status. The JSON carries no message text: the text is on the
    request's page, in ``#incoming-<id>`` / ``#outgoing-<id>`` blocks.
  - body feeds (TrackController#track_public_body -> #atom_feed_internal in
    app/controllers/track_controller.rb; config/routes.rb ``/:feed/body/:url_name``): a
    search of the body's events (TrackThing.create_track_for_public_body: query
    ``requested_from:<url_name>``, feed_sortby 'newest'), 25 a page, ``?page=N``
    (ApplicationController#perform_search). Only the events Xapian indexes appear
    (InfoRequestEvent#indexed_by_search?: sent, followup_sent, response, comment), so
    edits and status updates make no entry. ``/feed/body/<url_name>.json``: each event's
    json_for_api(true, snippet) (app/models/info_request_event.rb: display_status only on
    message events, ``snippet`` the event's text excerpted to 150 characters,
    info_request without events, public_body, user). ``/feed/body/<url_name>`` (no format:
    Atom): app/views/track/atom_feed.atom.erb, an entry per event with id
    ``tag:<host>,2005:InfoRequestEvent/<id>``, ``published``, the alternate link
    polymorphic_url(event) = ``/request_event/<id>`` (RequestController#show_request_event
    answers it with a 301 to the request page at ``#incoming-<id>`` / ``#outgoing-<id>``),
    the request's title and the listing partial as escaped HTML content. The replica writes
    every page (and one empty page after the last); crawler/sample_server.py serves them
    by ``?page=`` and answers ``/request_event/<id>``.
  - attachments: ``/request/<id>/response/<incoming_id>/attach/<n>/<filename>``.
The requester's label of each request and what our parser should find are written to
``www.whatdotheyknow.com/_labels.jsonl`` (served by nothing: "_" files are private).

Deterministic: a pure function of SEED (fixed dates, no clock).
"""
from __future__ import annotations

import html
import io
import json
import random
import textwrap
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

HOST = "www.whatdotheyknow.com"
SEED = 20261207
FIRST_REQUEST_ID = 700100
FIRST_MESSAGE_ID = 3100000
FIRST_COMMENT_ID = 95000
PER_PAGE = 25  # ApplicationController#perform_search's per_page for feeds

# (force id, WhatDoTheyKnow url_name (crawler/data/forces.csv), name, requests).
# durham and cumbria have no disclosure log in the sample: WhatDoTheyKnow is their only source.
BODIES: list[tuple[str, str, str, int]] = [
    ("cleveland", "cleveland_police", "Cleveland Police", 8),
    ("met", "the_met", "Metropolitan Police Service", 8),
    ("south-wales", "south_wales_police", "South Wales Police", 7),
    ("warwickshire", "warwickshire_police", "Warwickshire Police", 7),
    ("west-yorkshire", "west_yorkshire_police", "West Yorkshire Police", 7),
    ("dyfed-powys", "dyfed_powys_police", "Dyfed-Powys Police", 6),
    ("psni", "psni", "Police Service of Northern Ireland", 6),
    ("durham", "durham_police", "Durham Constabulary", 8),
    ("cumbria", "cumbria_police", "Cumbria Constabulary", 8),
]

TOPICS = [
    ("Taser deployments", "How many times was Taser drawn or discharged in each of the last three years?"),
    ("Drone flights", "How many drone flights did the force make in each of the last three years?"),
    ("Stop and search under section 60", "How many searches were made under section 60 authorisations?"),
    ("Police vehicle collisions", "How many collisions involving marked police vehicles were recorded?"),
    ("Spit and bite guards", "How many times were spit and bite guards used on people under 18?"),
    ("Firearms certificates revoked", "How many firearms certificates were revoked in each year?"),
    ("Dangerous dogs seized", "How many dogs were seized under the Dangerous Dogs Act 1991?"),
    ("Body worn video cameras", "How many body worn video cameras does the force own?"),
    ("Officer misconduct dismissals", "How many officers were dismissed after gross misconduct hearings?"),
    ("Live facial recognition", "Has the force used live facial recognition, and on how many days?"),
    ("Mobile phone extraction", "How many devices were examined with mobile phone extraction kiosks?"),
    ("Overtime spending", "What was the total overtime bill for officers in each year?"),
]

# What the authority's answer was (our outcome vocabulary), and the states a requester
# chose for it: mostly the matching one, sometimes not (requesters are noisy labellers).
STATE_FOR = {"disclosed": "successful", "partial": "partially_successful",
             "refused": "rejected", "not_held": "not_held"}
NOISY = {"partial": "successful", "not_held": "rejected", "refused": "partially_successful",
         "disclosed": "partially_successful"}
CITE_PARTIAL = "section 40(2) of the Freedom of Information Act 2000 (Personal information)"
CITE_REFUSED = "section 12(1) of the Freedom of Information Act 2000 (Exemption where cost of compliance exceeds appropriate limit)"


def iso(dt: datetime) -> str:
    """Rails' JSON time format (ActiveSupport: milliseconds and an offset)."""
    return dt.strftime("%Y-%m-%dT%H:%M:%S.000+00:00")


@dataclass
class Message:
    id: int
    direction: str  # "incoming" | "outgoing"
    kind: str  # outgoing: request | followup | clarification | review_request;
    #            incoming: response | clarification_request | internal_review
    at: datetime
    text: str
    attachments: list[tuple[str, bytes]] = field(default_factory=list)
    state: str | None = None  # the state the requester set after this message


@dataclass
class Comment:
    """An annotation by another user: an indexed event (it appears in the body's feeds)."""

    id: int
    at: datetime
    text: str


@dataclass
class Req:
    id: int
    url_title: str
    title: str
    force_id: str
    slug: str
    body_name: str
    created: datetime
    state: str
    messages: list[Message]
    label: dict[str, Any]
    comments: list[Comment] = field(default_factory=list)


def pdf_bytes(lines: list[str]) -> bytes:
    """A one-page PDF letter with a text layer (reportlab, fixed metadata: deterministic)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    y = 800
    for line in lines:
        for part in textwrap.wrap(line, 95) or [""]:
            c.drawString(56, y, part)
            y -= 16
    c.showPage()
    c.save()
    return buf.getvalue()


def reply_lines(rng: random.Random, outcome: str, force: str, reference: str, question: str,
                request_date: datetime) -> list[str]:
    """The authority's answer, as lines of a letter (phrasing the parser's tests know)."""
    lines = [f"Our reference: {reference}", "",
             f"Freedom of Information Request Reference No: {reference}", "",
             f"I write in connection with your request for information received on "
             f"{request_date.day} {request_date.strftime('%B %Y')}.", "",
             f"You asked: {question}", "", "Response:"]
    if outcome == "disclosed":
        n = rng.randint(12, 480)
        lines += [f"I can confirm that the requested information is held and is provided below.",
                  f"The total for the period was {n}."]
    elif outcome == "partial":
        lines += ["Please find the information you requested below.",
                  f"The total for the period was {rng.randint(5, 300)}.",
                  f"The names of the officers involved are exempt under {CITE_PARTIAL}."]
    elif outcome == "refused":
        lines += ["The cost of locating, retrieving and extracting this information would exceed the "
                  "appropriate limit of £450, which equates to 18 hours of work. "
                  f"{CITE_REFUSED} therefore applies and we will not be providing this information."]
    else:
        lines += [f"I can confirm that {force} holds no information relevant to your request."]
    lines += ["", "Yours sincerely", "Freedom of Information Unit"]
    return lines


def build(seed: int = SEED, log_refs: dict[str, list[tuple[str, str, str]]] | None = None) -> list[Req]:
    """Every replica request. `log_refs`: force id -> [(reference, title, outcome)] of
    sample log responses that WhatDoTheyKnow also carries (the same answer in both)."""
    rng = random.Random(seed)
    reqs: list[Req] = []
    msg_id = FIRST_MESSAGE_ID
    n = 0
    outcomes = ["disclosed", "partial", "refused", "not_held"]
    for force_id, slug, name, count in BODIES:
        shared = list((log_refs or {}).get(force_id, []))[:2]
        for i in range(count):
            rid = FIRST_REQUEST_ID + n
            topic, question = TOPICS[(n * 5 + i) % len(TOPICS)]
            created = datetime(2022, 1, 10, 9, 0, tzinfo=timezone.utc) + timedelta(days=11 * n, minutes=7 * i)
            if i < len(shared):
                reference, title, outcome = shared[i]
            else:
                outcome = outcomes[(n + i) % 4]
                reference = f"WDTK/{2022 + n // 30}/{1000 + n * 7}"
                title = f"{topic} ({name})"
            state = NOISY[outcome] if n % 7 == 3 else STATE_FOR[outcome]
            url_title = title.lower()
            url_title = "".join(ch if ch.isalnum() else "_" for ch in url_title).strip("_")
            while "__" in url_title:
                url_title = url_title.replace("__", "_")
            url_title = f"{url_title}_{rid}"
            messages: list[Message] = []
            msg_id += 1
            messages.append(Message(msg_id, "outgoing", "request", created,
                                    f"Dear {name},\n\nPlease provide the following under the Freedom of "
                                    f"Information Act 2000.\n\n{question}\n\nYours faithfully,\nA. Requester"))
            at = created + timedelta(days=2)
            if n % 11 == 5:  # the body asks for clarification first
                msg_id += 1
                messages.append(Message(msg_id, "incoming", "clarification_request", at,
                                        f"Dear A. Requester,\n\nBefore we can answer, please clarify which years "
                                        f"your request covers.\n\n{name}", state="waiting_clarification"))
                msg_id += 1
                messages.append(Message(msg_id, "outgoing", "clarification", at + timedelta(days=1),
                                        "Dear FOI team,\n\nThe last three calendar years, please.\n\nA. Requester"))
                at += timedelta(days=3)
            msg_id += 1
            lines = reply_lines(rng, outcome, name, reference, question, created)
            as_pdf = n % 3 == 1
            resp_at = at + timedelta(days=16 + rng.randint(0, 8))
            if as_pdf:
                reply = Message(msg_id, "incoming", "response", resp_at,
                                f"Dear A. Requester,\n\nPlease see the attached PDF for our response to this "
                                f"request.\n\nOur reference: {reference}\n\n{name}",
                                attachments=[(f"FOI_{reference.replace('/', '-')}_response.pdf", pdf_bytes(lines))],
                                state=state)
            else:
                reply = Message(msg_id, "incoming", "response", resp_at, "\n".join(lines), state=state)
            messages.append(reply)
            review = None
            if n % 13 == 6 or (outcome == "refused" and n % 9 == 2):  # the requester asks for an internal review
                msg_id += 1
                messages.append(Message(msg_id, "outgoing", "review_request", resp_at + timedelta(days=3),
                                        f"Dear {name},\n\nPlease pass this on to the person who conducts "
                                        "Freedom of Information reviews. I am writing to request an internal "
                                        "review of your handling of my request.\n\nA. Requester",
                                        state="internal_review"))
                review = "upheld" if n % 2 == 0 else "overturned"
                msg_id += 1
                word = "upheld" if review == "upheld" else "not upheld"
                messages.append(Message(msg_id, "incoming", "internal_review", resp_at + timedelta(days=24),
                                        f"Dear A. Requester,\n\nInternal review {reference}\n\nI have reviewed the "
                                        f"handling of your request. The original decision is {word}.\n\n{name}",
                                        state=state))
            elif n % 5 == 2:  # a thank-you follow-up
                msg_id += 1
                messages.append(Message(msg_id, "outgoing", "followup", resp_at + timedelta(days=1),
                                        f"Dear {name},\n\nThank you for your response.\n\nA. Requester"))
            label = {"request_id": rid, "url_title": url_title, "force_id": force_id, "wdtk_slug": slug,
                     "described_state": state, "outcome": outcome, "reference": reference,
                     "response_message_id": reply.id, "as_pdf": as_pdf, "review_outcome": review,
                     "in_log": i < len(shared),
                     "incoming": [m.id for m in messages if m.direction == "incoming"]}
            comments = []
            if force_id in ("durham", "cumbria") or i % 2 == 0:  # annotations: feed entries, no reply
                comments.append(Comment(FIRST_COMMENT_ID + n, resp_at + timedelta(days=5, hours=3),
                                        "The force published a similar figure in its annual report."))
            reqs.append(Req(rid, url_title, title, force_id, slug, name, created, state, messages, label, comments))
            n += 1
    return reqs


def _attach_url(req: Req, m: Message, k: int, filename: str) -> str:
    return f"/request/{req.id}/response/{m.id}/attach/{k}/{filename.replace(' ', '%20')}"


def _events(req: Req) -> list[dict[str, Any]]:
    """The request's events in time order (InfoRequestEvent#json_for_api(false))."""
    items: list[tuple[datetime, Message | Comment]] = [(m.at, m) for m in req.messages]
    items += [(c.at, c) for c in req.comments]
    items.sort(key=lambda item: item[0])
    out = []
    for j, (at, m) in enumerate(items):
        ev: dict[str, Any]
        if isinstance(m, Comment):
            ev = {"id": req.id * 100 + j, "event_type": "comment", "created_at": iso(at), "described_state": None,
                  "calculated_state": None, "last_described_at": None, "incoming_message_id": None,
                  "outgoing_message_id": None, "comment_id": m.id}
        else:
            etype = ("sent" if m.kind == "request" else "followup_sent") if m.direction == "outgoing" else "response"
            ev = {"id": req.id * 100 + j, "event_type": etype, "created_at": iso(at),
                  "described_state": m.state, "calculated_state": m.state,
                  "last_described_at": iso(at + timedelta(days=1)) if m.state else None,
                  "incoming_message_id": m.id if m.direction == "incoming" else None,
                  "outgoing_message_id": m.id if m.direction == "outgoing" else None,
                  "comment_id": None,
                  "display_status": "Response" if m.direction == "incoming" else "Sent"}
        out.append(ev)
    return out


def _event_text(req: Req, ev: dict[str, Any]) -> str:
    """The event's own text (search_text_main), for the feed's snippet and listing."""
    if ev["comment_id"] is not None:
        return next(c.text for c in req.comments if c.id == ev["comment_id"])
    mid = ev["incoming_message_id"] or ev["outgoing_message_id"]
    return next(m.text for m in req.messages if m.id == mid)


def _snippet(text: str) -> str:
    """highlight_and_excerpt with no words to highlight: the start, cut to 150 characters."""
    flat = " ".join(text.split())
    return flat if len(flat) <= 150 else flat[:147] + "..."


def _event_anchor(ev: dict[str, Any]) -> str:
    """Where /request_event/<id> sends a reader (RequestController#show_request_event)."""
    if ev["incoming_message_id"] is not None:
        return f"#incoming-{ev['incoming_message_id']}"
    if ev["outgoing_message_id"] is not None:
        return f"#outgoing-{ev['outgoing_message_id']}"
    return ""


def _atom_entry(req: Req, ev: dict[str, Any]) -> str:
    """One entry of track/atom_feed.atom.erb: the listing partial (request_listing_via_event)
    without its heading span, escaped, as the content."""
    what = {"sent": "Request sent to", "followup_sent": "Follow up sent to", "response": "Response by",
            "comment": "Request to"}[ev["event_type"]]
    day = datetime.fromisoformat(ev["created_at"])
    listing = (f'<div class="request_listing"><div class="request_left"><div class="requester">{what} '
               f'<a href="https://{HOST}/body/{req.slug}">{html.escape(req.body_name)}</a> '
               f'{"by" if ev["event_type"] != "response" else "to"} '
               f'<a href="https://{HOST}/user/a_requester">A. Requester</a> on {day.day} {day.strftime("%B %Y")}.'
               f'</div><p><strong>{html.escape(req.state.replace("_", " ").capitalize())}</strong></p></div>'
               f'<div class="request_right"><span class="desc">{html.escape(_snippet(_event_text(req, ev)))}'
               f'</span></div></div>')
    return (f"  <entry>\n    <id>tag:{HOST},2005:InfoRequestEvent/{ev['id']}</id>\n"
            f"    <published>{day.strftime('%Y-%m-%dT%H:%M:%S+00:00')}</published>\n"
            f"    <link type=\"text/html\" rel=\"alternate\" href=\"https://{HOST}/request_event/{ev['id']}\"/>\n"
            f"    <title type=\"html\">{html.escape(html.escape(req.title))}</title>\n"
            f"    <content type=\"html\">{html.escape(listing)}</content>\n  </entry>\n")


def _atom_page(slug: str, body_name: str, page: int, entries: list[str]) -> str:
    query = f"?page={page}" if page > 1 else ""
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<feed xml:lang="en-US" xmlns="http://www.w3.org/2005/Atom">\n'
            f"  <id>tag:{HOST},2005:/feed/body/{slug}</id>\n"
            f'  <link type="text/html" rel="alternate" href="https://{HOST}"/>\n'
            f'  <link type="application/atom+xml" rel="self" href="https://{HOST}/feed/body/{slug}{query}"/>\n'
            f"  <title>FOI requests to '{html.escape(body_name)}'</title>\n" + "".join(entries) + "</feed>\n")


def _public_body(req: Req) -> dict[str, Any]:
    """PublicBody#json_for_api (app/models/public_body.rb), the fields a crawler reads."""
    return {"id": 1000 + [b[0] for b in BODIES].index(req.force_id), "url_name": req.slug,
            "name": req.body_name, "short_name": "", "created_at": "2008-01-01T00:00:00.000+00:00",
            "updated_at": "2024-01-01T00:00:00.000+00:00", "home_page": "", "notes": "",
            "publication_scheme": "", "disclosure_log": "", "tags": [["police", None]],
            "info": {"requests_count": 0}}


def _request_json(req: Req, deep: bool) -> dict[str, Any]:
    last = max(m.at for m in req.messages)
    out: dict[str, Any] = {
        "id": req.id, "url_title": req.url_title, "title": req.title, "created_at": iso(req.created),
        "updated_at": iso(last + timedelta(days=1)), "described_state": req.state,
        "display_status": req.state.replace("_", " ").capitalize(), "awaiting_description": False,
        "prominence": "normal", "law_used": "foi", "tags": [],
    }
    if deep:
        out["user"] = {"id": 42, "url_name": "a_requester", "name": "A. Requester", "ban_text": "",
                       "about_me": ""}
        out["public_body"] = _public_body(req)
        out["info_request_events"] = _events(req)
    return out


def _page(req: Req) -> str:
    parts = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(req.title)} - a Freedom "
             f"of Information request to {html.escape(req.body_name)} - WhatDoTheyKnow</title></head><body>",
             f"<h1>{html.escape(req.title)}</h1>",
             f"<p class='request-status'>{html.escape(req.state)}</p>"]
    for m in req.messages:
        who = "A. Requester" if m.direction == "outgoing" else req.body_name
        body = "".join(f"<p>{html.escape(p)}</p>" for p in m.text.split("\n\n"))
        atts = "".join(f"<li class='attachment'><a href='{_attach_url(req, m, k, fn)}'>{html.escape(fn)}</a></li>"
                       for k, (fn, _) in enumerate(m.attachments, start=2))
        parts.append(
            f"<div class='correspondence {m.direction}' id='{m.direction}-{m.id}'>"
            f"<p class='correspondence__header__from'>{html.escape(who)}</p>"
            f"<time datetime='{iso(m.at)}'>{m.at.day} {m.at.strftime('%B %Y')}</time>"
            f"<div class='correspondence_text'>{body}</div>"
            + (f"<ul class='list-of-attachments'>{atts}</ul>" if atts else "") + "</div>")
    for c in req.comments:
        parts.append(f"<div class='comment_in_request box' id='comment-{c.id}'><p>{html.escape(c.text)}</p>"
                     f"<time datetime='{iso(c.at)}'>{c.at.day} {c.at.strftime('%B %Y')}</time></div>")
    parts.append("</body></html>")
    return "\n".join(parts)


def write(out: Path, reqs: list[Req]) -> dict[str, int]:
    """Write the replica under out/www.whatdotheyknow.com/ (replacing it)."""
    import shutil

    root = out / HOST
    if root.exists():
        shutil.rmtree(root)
    (root / "request").mkdir(parents=True)
    (root / "feed" / "body").mkdir(parents=True)
    (root / "robots.txt").write_text("User-agent: *\nDisallow: /profile/\nDisallow: /search/\n", encoding="utf-8")
    by_body: dict[str, list[tuple[dict[str, Any], Req]]] = {}
    for req in reqs:
        (root / "request" / f"{req.url_title}.json").write_text(
            json.dumps(_request_json(req, True), indent=1), encoding="utf-8")
        page = root / "request" / req.url_title
        page.mkdir()
        (page / "index.html").write_text(_page(req), encoding="utf-8")
        for m in req.messages:
            for k, (fn, data) in enumerate(m.attachments, start=2):
                d = root / "request" / str(req.id) / "response" / str(m.id) / "attach" / str(k)
                d.mkdir(parents=True, exist_ok=True)
                (d / fn).write_bytes(data)
        for ev in _events(req):
            by_body.setdefault(req.slug, []).append((ev, req))
    redirects: dict[str, str] = {}
    for slug, events in by_body.items():
        events.sort(key=lambda er: (er[0]["created_at"], er[0]["id"]), reverse=True)
        items = []
        for ev, req in events:
            item = dict(ev, snippet=_snippet(_event_text(req, ev)), info_request=_request_json(req, False),
                        public_body=_public_body(req), user={"id": 42, "url_name": "a_requester",
                                                             "name": "A. Requester"})
            items.append(item)
            redirects[str(ev["id"])] = f"/request/{req.url_title}{_event_anchor(ev)}"
        name = events[0][1].body_name
        pages = [items[k:k + PER_PAGE] for k in range(0, len(items), PER_PAGE)] + [[]]  # then an empty page
        for number, part in enumerate(pages, start=1):
            stem = slug if number == 1 else f"{slug}.page-{number}"
            (root / "feed" / "body" / f"{stem}.json").write_text(json.dumps(part, indent=1), encoding="utf-8")
            entries = [_atom_entry(req, ev) for ev, req in events[(number - 1) * PER_PAGE:number * PER_PAGE]]
            (root / "feed" / "body" / f"{stem}.atom").write_text(_atom_page(slug, name, number, entries),
                                                                 encoding="utf-8")
    (root / "_request_events.json").write_text(json.dumps(redirects, indent=0, sort_keys=True), encoding="utf-8")
    with (root / "_labels.jsonl").open("w", encoding="utf-8") as fh:
        for req in reqs:
            fh.write(json.dumps(req.label, sort_keys=True) + "\n")
    return {"wdtk_requests": len(reqs),
            "wdtk_replies": sum(1 for r in reqs for m in r.messages if m.direction == "incoming"),
            "wdtk_feed_events": sum(len(_events(r)) for r in reqs)}


def log_refs_from_labels(labels_path: Path) -> dict[str, list[tuple[str, str, str]]]:
    """Sample log responses WhatDoTheyKnow also carries: the first two clean, referenced,
    page-only responses of each force whose outcome the replica can write."""
    out: dict[str, list[tuple[str, str, str]]] = {}
    if not labels_path.exists():
        return out
    for line in labels_path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if (row.get("broken") or not row.get("reference") or not row.get("reference_shown")
                or row.get("outcome") not in ("disclosed", "not_held") or row.get("ncnd")
                or row.get("family") or row.get("attachments")):
            continue
        got = out.setdefault(row["force_id"], [])
        if len(got) < 2:
            got.append((row["reference"], row["title"], row["outcome"]))
    return out


def generate(out: Path) -> dict[str, int]:
    return write(out, build(SEED, log_refs_from_labels(out / "labels.jsonl")))


if __name__ == "__main__":
    import sys

    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "sample"
    print(generate(target))
