"""Small job pages for the extraction tests: a page from its head and body, and a duties paragraph long
enough to read as a job description."""

from __future__ import annotations

DUTIES = (
    "<p>You will plan routes, load vehicles and keep the depot tidy. We need experience with forklifts and a"
    " valid licence. Benefits include a pension and paid overtime; apply with your CV and two references"
    " to join a friendly team that has grown every year since it was founded.</p>"
)


def page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"
