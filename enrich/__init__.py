"""enrich: BLIP-2 captions and attribute questionnaires over product catalogs.

Importing the package is cheap: torch, transformers and ray load lazily inside the modules that need them.
"""

__version__ = "0.1.0"


class EnrichError(Exception):
    """A problem the user can fix (bad input, bad flag, missing file); the CLI prints it without a traceback."""
