"""Certificate PDFs: a cohort one by one and in bulk, and one certificate on demand, in one run.

Usage, from the project root (no database needed):

    .venv/bin/python bench/certificates.py [--count 200] [--chunk-size 50] [--calls 30]

The plain way is the whole certificate as one HTML document through WeasyPrint, one
``write_pdf`` per certificate (``render_reference_pdf``). The project's way draws each kind's
background once with WeasyPrint and stamps each holder's layer over it (``certificates/stamp.py``):
``render_many`` for a cohort, ``render_certificate_pdf`` for one certificate on demand.

Each way is measured in wall time and in CPU time: that of this process and of the worker
processes ``render_many`` forks (waited for before the clock is read, so that their time is
counted). Wall time flatters the bulk way, which spreads over every CPU while the plain way
uses one; CPU time says what each certificate costs the machine.

Targets: bulk ≥ 20 times the certificates per CPU-second of the plain way; one certificate on
demand ≤ 60 ms median. Every PDF made is checked (pypdf parses it, its text names its holder
and code, its fonts are embedded, it weighs ≤ 150 KB).
"""

from __future__ import annotations

import argparse
import io
import logging
import multiprocessing
import os
import resource
import statistics
import sys
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "accelerateur.settings.dev")

import django  # noqa: E402

django.setup()
# The project logs at INFO; WeasyPrint's progress lines (seven per PDF, some at import) would
# bury the table.
logging.getLogger("weasyprint.progress").setLevel(logging.WARNING)
logging.getLogger("pikepdf").setLevel(logging.WARNING)

import pypdf  # noqa: E402

from certificates.bulk_pdf import CHUNK_SIZE, render_many  # noqa: E402
from certificates.pdf import (  # noqa: E402
    CertificateFacts,
    render_certificate_pdf,
    render_reference_pdf,
)

TARGET_RATIO = 20
TARGET_MEDIAN_MS = 60
MAX_BYTES = 150 * 1024

FIRST_NAMES = ["Camille", "Nadia", "Thomas", "Aïcha", "Jean-Baptiste", "Léa", "Mehdi", "Zoé"]
LAST_NAMES = ["Martin", "Benali", "Lefèvre", "N'Diaye", "de La Fontaine", "Nguyen", "Roux"]
BUSINESSES = ["Boulangerie du Port", "", "Atelier Vélo Solidaire", "Salon Coiff'Style", ""]
TITLES = [
    "Mettre en place le click and collect",
    "Créer sa fiche d'établissement et répondre aux avis",
    "Facturation électronique : être prêt pour 2026, de la plateforme agréée au premier envoi",
    "Sécuriser ses comptes",
]


def cohort(count: int) -> list[tuple[CertificateFacts, str]]:
    """``count`` different certificates: names, businesses, titles and codes all vary, so no
    run renders the same page twice."""
    items = []
    for number in range(count):
        code = f"C{number:03d}-{(number * 7919) % 10000:04d}"
        facts = CertificateFacts(
            holder_name=f"{FIRST_NAMES[number % len(FIRST_NAMES)]} "
            f"{LAST_NAMES[number % len(LAST_NAMES)]} {number}",
            business_name=BUSINESSES[number % len(BUSINESSES)],
            title=TITLES[number % len(TITLES)],
            kind_label="Certificat de réussite" if number % 3 else "Attestation de participation",
            hours="" if number % 4 == 0 else f"{1 + number % 6} h",
            completed_on=date(2026, 1, 1) + timedelta(days=number % 365),
            issuer="Accélérateur du numérique",
            code=code,
        )
        items.append((facts, f"https://accelerateur.example/certificats/verifier/{code}/"))
    return items


@dataclass
class Checks:
    """What the validation found, over one set of PDFs."""

    valid: int = 0
    max_bytes: int = 0
    failures: list[str] = field(default_factory=list)


def embedded_fonts(reader: pypdf.PdfReader) -> tuple[int, int]:
    """(fonts, of which embedded), in the pages' resources and in those of the Form XObjects
    they draw; a Type0 font counts by its descendants, and a font without a descriptor (a
    standard one such as Helvetica) counts as not embedded."""
    counts = [0, 0]

    def visit(resources):
        for font in resources.get("/Font", {}).values():
            font = font.get_object()
            children = [child.get_object() for child in font.get("/DescendantFonts", [])]
            for each in children if font.get("/Subtype") == "/Type0" else [font]:
                descriptor = each.get("/FontDescriptor")
                files = set(descriptor.get_object()) if descriptor else set()
                counts[0] += 1
                counts[1] += bool({"/FontFile", "/FontFile2", "/FontFile3"} & files)
        for xobject in resources.get("/XObject", {}).values():
            xobject = xobject.get_object()
            if xobject.get("/Subtype") == "/Form" and "/Resources" in xobject:
                visit(xobject["/Resources"].get_object())

    for page in reader.pages:
        visit(page["/Resources"].get_object())
    return counts[0], counts[1]


def problem(data: bytes, facts: CertificateFacts) -> str | None:
    """Why this PDF is not a proper certificate for ``facts``, or None."""
    if len(data) > MAX_BYTES:
        return f"{len(data)} bytes"
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        text = "".join(page.extract_text() for page in reader.pages).replace("\n", "")
    except Exception as error:  # any parse failure is a finding, not a crash
        return f"pypdf: {error}"
    if len(reader.pages) != 1:
        return f"{len(reader.pages)} pages"
    if facts.holder_name not in text or facts.code not in text:
        return "holder name or code missing from the text"
    described, embedded = embedded_fonts(reader)
    if not described or embedded != described:
        return f"{embedded} of {described} fonts embedded"
    return None


def validate(pdfs: list[bytes], items: list[tuple[CertificateFacts, str]]) -> Checks:
    checks = Checks()
    for data, (facts, _url) in zip(pdfs, items, strict=True):
        checks.max_bytes = max(checks.max_bytes, len(data))
        if (found := problem(data, facts)) is None:
            checks.valid += 1
        else:
            checks.failures.append(f"{facts.code}: {found}")
    return checks


@dataclass
class Run:
    """One way's PDFs, and the wall and CPU seconds it took to make them."""

    pdfs: list[bytes]
    wall: float
    cpu: float


def cpu_seconds() -> float:
    """User and system time of this process and of its children waited for so far."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def measured(function) -> Run:
    """``function()``'s result, timed. Children still running are waited for first: a child's
    time only reaches ``RUSAGE_CHILDREN`` once it is reaped."""
    cpu_start, start = cpu_seconds(), time.perf_counter()
    pdfs = function()
    for child in multiprocessing.active_children():
        child.join()
    return Run(pdfs, time.perf_counter() - start, cpu_seconds() - cpu_start)


def timed_calls(function, calls: int) -> list[float]:
    """Milliseconds per call."""
    durations = []
    for _ in range(calls):
        start = time.perf_counter()
        function()
        durations.append((time.perf_counter() - start) * 1000)
    return durations


def p95(durations: list[float]) -> float:
    return statistics.quantiles(durations, n=20, method="inclusive")[-1]


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200, help="certificates per way (200)")
    parser.add_argument(
        "--chunk-size", type=int, default=CHUNK_SIZE, help=f"bulk chunk size ({CHUNK_SIZE})"
    )
    parser.add_argument("--calls", type=int, default=30, help="on-demand calls timed (30)")
    parser.add_argument(
        "--processes",
        type=int,
        default=None,
        help="processes stamping in bulk, this one included (one per CPU)",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    items = cohort(args.count)
    # Warm up both ways (imports, fontconfig's cache, the backgrounds) outside the timings.
    render_reference_pdf(*items[0])
    render_many(items[:2], chunk_size=args.chunk_size)

    runs = {
        "plain: one WeasyPrint document each": measured(
            lambda: [render_reference_pdf(facts, url) for facts, url in items]
        ),
        "bulk: render_many": measured(
            lambda: render_many(items, chunk_size=args.chunk_size, processes=args.processes)
        ),
        "bulk, one process": measured(
            lambda: render_many(items, chunk_size=args.chunk_size, processes=1)
        ),
    }

    on_demand = timed_calls(lambda: render_certificate_pdf(*items[1]), args.calls)

    checks = {name: validate(run.pdfs, items) for name, run in runs.items()}
    plain = runs["plain: one WeasyPrint document each"]
    bulk = runs["bulk: render_many"]
    wall_ratio, cpu_ratio = plain.wall / bulk.wall, plain.cpu / bulk.cpu
    median = statistics.median(on_demand)
    print(
        f"{args.count} different certificates per way, bulk chunks of {args.chunk_size}, "
        f"{args.calls} on-demand calls, {os.cpu_count()} CPUs"
    )
    print(f"{'':<36} {'--- wall time ---':^24} {'--- CPU time ---':^17} {'valid':>7} {'max':>6}")
    print(
        f"{'way':<36} {'certs/s':>8} {'ms/cert':>8} {'ratio':>6} "
        f"{'ms/cert':>8} {'ratio':>8} {'PDFs':>7} {'KB':>6}"
    )
    for name, run in runs.items():
        print(
            f"{name:<36} {args.count / run.wall:>8.1f} {1000 * run.wall / args.count:>8.1f} "
            f"{plain.wall / run.wall:>5.1f}× {1000 * run.cpu / args.count:>8.1f} "
            f"{plain.cpu / run.cpu:>7.1f}× {f'{checks[name].valid}/{args.count}':>7} "
            f"{checks[name].max_bytes / 1024:>6.1f}"
        )
    print()
    print(f"{'one certificate on demand':<36} {'median ms':>10} {'p95 ms':>8}")
    print(f"{'render_certificate_pdf':<36} {median:>10.1f} {p95(on_demand):>8.1f}")
    print()
    print(f"bulk, wall time: {wall_ratio:.1f}× the plain way's certificates per second")
    verdict = "met" if cpu_ratio >= TARGET_RATIO else "MISSED"
    print(
        f"bulk, CPU time: {cpu_ratio:.1f}× the plain way's certificates per CPU-second "
        f"(target ≥ {TARGET_RATIO}×: {verdict})"
    )
    verdict = "met" if median <= TARGET_MEDIAN_MS else "MISSED"
    print(f"on demand: {median:.1f} ms median (target ≤ {TARGET_MEDIAN_MS} ms: {verdict})")
    failures = [failure for found in checks.values() for failure in found.failures]
    for failure in failures:
        print(f"invalid PDF {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
