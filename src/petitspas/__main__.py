"""Run petitspas as `python -m petitspas`."""

from petitspas.cli import main

main()
