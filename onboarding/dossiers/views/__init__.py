"""The application wizard, the dossier's pages, its PDF and its invoices.

Every page starts from ``common.application_or_404``: an application the user may not read is
a 404, whoever asks, so a second owner or an advisor who does not follow the business learns
nothing, not even that the dossier exists. Among readers, only the owner edits: an advisor or
staff member posting to an editing step gets a 403.

Each step saves on its own (the wizard can be left and resumed at any step); an invalid post is
re-rendered with status 400, what was typed kept and nothing changed.

``starting``: the eligibility check and the list of applications; ``dossier``: the dossier's
page and what advisors, staff and the owner post to it; ``steps``: the wizard's steps;
``files``: the dossier's PDF and its invoices.
"""
