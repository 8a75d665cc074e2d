"""Veille: a collaborative watch bulletin for a regional economic-intelligence network."""

__version__ = "0.1.0"
