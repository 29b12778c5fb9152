"""One module per `hirehound` subcommand (or group of them).

Each module defines `register(subparsers)`, which adds its parser(s) and sets `func` to a callable
taking the parsed arguments and returning the exit code. `hirehound_local.cli` finds them all.
"""
