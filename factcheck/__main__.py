"""`python -m factcheck` runs the command line."""

from factcheck.cli import main

main()
