"""Run petitspas as `python -m petitspas`."""

from petitspas.entry import main

main()
