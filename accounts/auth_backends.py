"""The authentication backends, Django's and allauth's, reading the signed-in user's row in
SQL written once (core.model_rows).

Each signed-in request loads her row through the backend named in her session: through the ORM,
Django took about 0.3 ms to write that one query, a tenth of a signed-in lesson's render. Who may
sign in, and how, is unchanged: the backends' own ``authenticate`` and ``user_can_authenticate``.
"""

from allauth.account import auth_backends as allauth_backends
from django.contrib.auth import backends as django_backends
from django.core.exceptions import ValidationError

from accounts.models import User
from core.model_rows import RowById

_users = RowById(User)


class _UserRowMixin:
    def get_user(self, user_id):
        try:
            user = _users.get(User._meta.pk.to_python(user_id))
        except ValidationError:
            return None
        return user if user is not None and self.user_can_authenticate(user) else None


class ModelBackend(_UserRowMixin, django_backends.ModelBackend):
    """Django's backend: her e-mail (the username field) and password, checked by Django."""


class AuthenticationBackend(_UserRowMixin, allauth_backends.AuthenticationBackend):
    """allauth's backend, which allauth names in her session when it signs her in itself."""
