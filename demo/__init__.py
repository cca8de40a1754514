"""Demo data: the site, the courses, events and shops read from ``demo/content/``, the demo
accounts, and a generator of businesses with activity for the advisor and the benchmarks."""
