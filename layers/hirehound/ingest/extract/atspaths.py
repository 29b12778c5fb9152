"""Where each applicant-tracking system serves one job: the documented job-page paths of its hosts.

An ATS host also serves the board's index, its department, location and search pages, confirmations,
open applications and the candidate portal's sign-in, all with the system's markup. So a detector claims a
page by its host only on these paths (:func:`detects`), and a page on such a host at any other path that
links several of the system's job pages is its listing (:func:`job_links`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin

from hirehound.ingest.extract.dom import link_parts


@dataclass(frozen=True)
class Ats:
    name: str
    hosts: tuple[str, ...]  # host suffixes
    job_path: re.Pattern[str]  # a job page's path (its apply tab included, a confirmation not)

    def serves(self, host: str) -> bool:
        """``host`` (lowercased, ``www.`` removed) is one of the system's hosts."""
        return any(host == suffix or host.endswith("." + suffix) for suffix in self.hosts)


_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
SYSTEMS: tuple[Ats, ...] = (
    # boards.greenhouse.io/<co>/jobs/<id>, job-boards(.eu).greenhouse.io/<co>/jobs/<id>, the embed's job_app
    Ats("greenhouse", ("greenhouse.io",), re.compile(r"/jobs/\d+/?$|^/embed/job_app\b")),
    # jobs(.eu).lever.co/<co>/<uuid> and its /apply tab (not /thanks)
    Ats("lever", ("lever.co",), re.compile(rf"^/[^/]+/{_UUID}(?:/apply)?/?$", re.I)),
    # jobs.ashbyhq.com/<co>/<uuid> and its /application tab
    Ats("ashby", ("ashbyhq.com",), re.compile(rf"^/[^/]+/{_UUID}(?:/application)?/?$", re.I)),
    # apply.workable.com/<co>/j/<shortcode>/ (and /apply/); <co>.workable.com/jobs/<id>
    Ats("workable", ("workable.com",), re.compile(r"/j/[0-9A-F]{6,12}(?:/apply)?/?$|^/jobs/\d+", re.I)),
    # <co>.jobs.personio.de/job/<id> (and /apply)
    Ats("personio", ("personio.de", "personio.com"), re.compile(r"^/job/\d+(?:/apply)?/?$")),
    # jobs.smartrecruiters.com/<Co>/<id>-<slug> (/ni/<Co>/<uuid>-<slug>), the one-click apply form;
    # careers.smartrecruiters.com/<Co> is the board
    Ats(
        "smartrecruiters",
        ("smartrecruiters.com",),
        re.compile(
            rf"^/(?:ni/)?[^/]+/(?:\d{{6,}}|{_UUID})[\w-]*/?$|^/oneclick-ui/company/[^/]+/publication/", re.I
        ),
    ),
    # <co>.recruitee.com/o/<slug> and its /c/new form (not /c/new/thanks)
    Ats("recruitee", ("recruitee.com",), re.compile(r"^/o/[^/]+(?:/c/new)?/?$")),
    # <co>.teamtailor.com/jobs/<id>-<slug> (and /applications/new)
    Ats("teamtailor", ("teamtailor.com",), re.compile(r"/jobs/\d+[\w-]*(?:/applications/new)?/?$")),
    # <co>.breezy.hr/p/<id>-<slug> (and /apply)
    Ats("breezy", ("breezy.hr",), re.compile(r"^/p/[0-9a-f]{8,}[\w-]*(?:/apply)?/?$")),
    # <co>.wd5.myworkdayjobs.com/<locale>/<site>/job/[<place>/]<title>_<id> (and /apply), /details/…
    Ats(
        "workday",
        ("myworkdayjobs.com", "myworkdaysite.com"),
        re.compile(r"/(?:job|details)/(?:[^/]+/)?[^/]+_[\w-]+(?:/apply(?:/[\w-]+)?)?/?$"),
    ),
    # <co>.bamboohr.com/careers/<id>, the old /jobs/view.php?id=
    Ats("bamboohr", ("bamboohr.com",), re.compile(r"^/careers/\d+/?$|^/jobs/view\.php$")),
    # careers-<co>.icims.com/jobs/<id>/<slug>/job
    Ats("icims", ("icims.com",), re.compile(r"^/jobs/\d+/(?:[^/]+/)?job/?$")),
)
_BY_NAME = {system.name: system for system in SYSTEMS}


def system_of(host: str) -> Ats | None:
    """The ATS whose host ``host`` is (lowercased, ``www.`` removed), if any."""
    return next((system for system in SYSTEMS if system.serves(host)), None)


def is_job_page(url: str) -> bool:
    """``url`` is one of its ATS's job-page paths (``False`` off an ATS host)."""
    parts = link_parts(url)
    system = system_of((parts.hostname or "").removeprefix("www."))
    return system is not None and system.job_path.search(parts.path) is not None


def job_links(base: str, system: Ats, hrefs: list[str]) -> set[str]:
    """The distinct job pages of ``system`` among ``hrefs`` (resolved against ``base``), query and
    fragment dropped."""
    found = set()
    for href in hrefs:
        try:
            parts = link_parts(urljoin(base, href))
        except ValueError:
            continue
        host = (parts.hostname or "").removeprefix("www.")
        if system.serves(host) and system.job_path.search(parts.path):
            found.add(f"{host}{parts.path.rstrip('/')}")
    return found


def detects(name: str, host: str, url: str, marked: bool) -> bool:
    """An ATS detector's claim: on the system's own host only its job paths (its board, confirmations and
    portal there carry the same markup); elsewhere (a saved or embedded page) its job page's markup,
    ``marked``."""
    system = _BY_NAME[name]
    if system.serves(host):
        return system.job_path.search(link_parts(url).path) is not None
    return marked
