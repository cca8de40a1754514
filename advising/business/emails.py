"""The reminder e-mail, in the owner's language (her account's, whatever the advisor's),
sent after commit. The advisor's own message is sent as she wrote it.

Replies go to the advisor herself: the owner answers a person, not a no-reply address.
"""

import re

from django.conf import settings
from django.urls import reverse

from accounts.selectors import user_language
from advising.models import Reminder
from core.emails import email_render, email_send_after_commit

#: How a message that greets the owner itself begins: « Bonjour Inès, », « Chère Madame, »…
_GREETING = re.compile(
    r"\s*(bonjour|bonsoir|salut|hello|coucou|cher|chère|madame|monsieur)\b", re.I
)


def opens_with_greeting(message: str) -> bool:
    return bool(_GREETING.match(message or ""))


def send_reminder_email(reminder: Reminder) -> None:
    owner = reminder.business.owner
    sender = reminder.sent_by
    context = {
        "reminder": reminder,
        "business": reminder.business,
        "owner": owner,
        "sender": sender,
        "sender_name": (sender.get_full_name() or sender.email) if sender else "",
        # Advisors often begin with « Bonjour Inès, »: the e-mail then greets only once.
        "greets": not opens_with_greeting(reminder.message),
        "plan_url": f"{settings.SITE_URL}{reverse('onboarding:plan')}",
    }
    email_send_after_commit(
        email_render(
            template_prefix="advising/business/emails/reminder",
            context=context,
            to=[owner.email],
            language=user_language(owner),
            reply_to=[sender.email] if sender and sender.email else None,
        )
    )
