"""The command line, `lscb`: the database without the window, thin over services/.

It never imports Qt, so it starts fast and runs where there is no display. Expected errors
are printed as one line, "lscb: error: ...", with exit code 1 (2 for a mistake in the
command itself); only a bug shows a traceback. One module per group of commands; parser.py
puts them together and runner.py runs one."""

from .runner import main

__all__ = ["main"]
