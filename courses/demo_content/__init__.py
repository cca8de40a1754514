"""French demo catalogue: one module per track, each exposing ``TRACK`` (see ``learning.demo``)."""
