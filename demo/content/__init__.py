"""The demo's content as files an editor can read and change (see README.md here), and the
code that reads them, builds the pages, and writes the CMS's courses back to files."""

from pathlib import Path

CONTENT_DIR = Path(__file__).resolve().parent
