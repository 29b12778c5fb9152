"""`hirehound search "python backend" --remote --country DE --min-salary 60000`: hybrid search."""

from __future__ import annotations

import argparse
from pathlib import Path

from rich.table import Table

from hirehound_local.console import console, database


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("search", help=run.__doc__)
    parser.add_argument("query", help='keywords and meaning, e.g. "python backend" (web-search syntax)')
    parser.add_argument("--remote", action="store_const", const="remote", dest="remote_mode")
    parser.add_argument("--remote-mode", choices=["remote", "hybrid", "onsite"], dest="remote_mode")
    parser.add_argument("--country", help="ISO country code, e.g. DE")
    parser.add_argument("--city")
    parser.add_argument("--employment-type", help="full_time, part_time, contract, temporary, internship")
    parser.add_argument("--seniority", help="intern, junior, mid, senior, lead, principal, manager ...")
    parser.add_argument("--min-salary", type=float, help="annual salary the posting's range reaches")
    parser.add_argument("--currency", help="ISO currency of --min-salary, e.g. EUR")
    parser.add_argument("--skill", action="append", default=[], help="required skill (repeatable)")
    parser.add_argument("--company", help="part of the company name")
    parser.add_argument("--limit", type=int, default=10)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Search published postings by keywords and meaning, with filters."""
    from hirehound.db.pool import transaction
    from hirehound.search import SearchFilters, search

    database(Path(args.home))
    filters = SearchFilters(
        country_code=args.country,
        city=args.city,
        remote_mode=args.remote_mode,
        employment_type=args.employment_type,
        seniority=args.seniority,
        min_salary=args.min_salary,
        currency=args.currency,
        skills=tuple(args.skill),
        company=args.company,
    )
    with transaction() as conn:
        hits = search(conn, args.query, filters, limit=args.limit)
    if not hits:
        console.print("no published posting matches")
        return 0
    table = Table(title=f"Search: {args.query}", title_justify="left")
    for column in ("#", "id", "title", "company", "location", "remote", "salary", "score", "text", "vector"):
        table.add_column(column)
    for place, hit in enumerate(hits, 1):
        salary = (
            f"{hit.salary_annual_min or 0:,.0f}-{hit.salary_annual_max:,.0f} {hit.salary_currency or ''}"
            if hit.salary_annual_max is not None
            else ""
        )
        table.add_row(
            str(place),
            str(hit.id),
            hit.title or "",
            hit.company or "",
            ", ".join(part for part in (hit.city, hit.country_code) if part),
            hit.remote_mode or "",
            salary,
            f"{hit.score:.4f}",
            "" if hit.text_rank is None else str(hit.text_rank),
            "" if hit.vector_rank is None else str(hit.vector_rank),
        )
    console.print(table)
    return 0
