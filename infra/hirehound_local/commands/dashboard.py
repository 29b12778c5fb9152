"""`hirehound dashboard`: serve the local status page (optionally while a demo ingestion runs)."""

from __future__ import annotations

import argparse
import contextlib
import threading
from pathlib import Path

from hirehound_local.console import console, database, local_cloud


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    dashboard = sub.add_parser("dashboard", help=run.__doc__)
    dashboard.add_argument("--port", type=int, default=8765)
    dashboard.add_argument("--host", default="127.0.0.1")
    dashboard.add_argument("--window", default="1h", help="default window: 30m, 1h, 7d")
    dashboard.add_argument(
        "--demo", type=int, default=0, metavar="N", help="also ingest the first N sample pages, live"
    )
    dashboard.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Serve the local dashboard: queues, executions, stages, dead letters and an execution graph."""
    from hirehound_local.corpus import load_corpus
    from hirehound_local.dashboard import DashboardServer
    from hirehound_local.ingest_runner import ingest_pages
    from hirehound_local.status import parse_window

    url = database(Path(args.home), read_only=not args.demo)  # --demo writes
    window = parse_window(args.window)
    with contextlib.ExitStack() as stack:
        cloud = None
        if args.demo:
            cloud = stack.enter_context(local_cloud(url))
            pages = load_corpus()[: args.demo]
            threading.Thread(target=ingest_pages, args=(cloud, pages), name="demo", daemon=True).start()
            console.print(f"ingesting {len(pages)} sample pages in the background …")
        server = DashboardServer((args.host, args.port), window_s=window, cloud=cloud)
        console.print(f"dashboard on {server.url} (Ctrl-C to stop)")
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            server.server_close()
    return 0
