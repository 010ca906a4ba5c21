"""petitspas: one small managerial habit at a time."""

__version__ = "0.1.0"
