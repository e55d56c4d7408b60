"""dispatch: parse French AZERTAC-style news dispatches into structured JSON."""
__version__ = "0.1.0"
