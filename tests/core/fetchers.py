"""A strict fetcher that notes what a document asked for, to prove what rendering may read."""

from core.pdf import FetchRefused, StrictURLFetcher


class RecordingFetcher(StrictURLFetcher):
    """The strict fetcher, noting each URL asked for and whether it was refused."""

    def __init__(self):
        super().__init__()
        self.calls: list[tuple[str, str]] = []

    def fetch(self, url, headers=None):
        try:
            response = super().fetch(url, headers)
        except FetchRefused:
            self.calls.append((url, "refused"))
            raise
        self.calls.append((url, "served"))
        return response
