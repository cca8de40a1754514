"""allauth adapter: account e-mails leave through the task queue, after the commit."""

from allauth.account.adapter import DefaultAccountAdapter

from core.emails import email_send_after_commit


class AccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix, email, context):
        # Rendered now, in the visitor's language; sent by a worker once the rows exist.
        message = self.render_mail(template_prefix, email, context)
        email_send_after_commit(message)
