"""ATAMA – offline documentation for occupational therapy at a municipal labour-market unit."""

__version__ = "0.1.0"
APP_NAME = "ATAMA"
