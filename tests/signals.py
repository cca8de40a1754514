"""Listen to a signal for the length of a test."""

from contextlib import contextmanager


@contextmanager
def received(signal, argument: str):
    """Yield the list of ``argument.pk`` values the signal is sent with, while it lasts."""
    items = []

    def listener(sender, **kwargs):
        items.append(kwargs[argument].pk)

    uid = f"test-listener-{id(items)}"
    signal.connect(listener, dispatch_uid=uid)
    try:
        yield items
    finally:
        signal.disconnect(dispatch_uid=uid)
