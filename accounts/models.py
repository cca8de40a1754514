"""People who sign in: business owners, advisors and the editorial team."""

from datetime import date

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, PermissionsMixin
from django.db import connections, models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from accounts.managers import UserManager
from accounts.roles import Role, role_of

#: On the tables of Django's ``Group`` and of ``User.groups`` (a test checks the names).
_GROUP_NAMES_SQL = (
    "SELECT g.name FROM auth_group g"
    " JOIN accounts_user_groups m ON m.group_id = g.id WHERE m.user_id = %s"
)


class User(AbstractBaseUser, PermissionsMixin):
    """A person with an account; the email address is the login, unique whatever its case."""

    email = models.EmailField(_("adresse e-mail"), max_length=254, unique=True)
    first_name = models.CharField(_("prénom"), max_length=150)
    last_name = models.CharField(_("nom"), max_length=150)
    is_staff = models.BooleanField(
        _("accès à l'administration"),
        default=False,
        help_text=_("Donne accès à l'administration technique du site."),
    )
    is_active = models.BooleanField(_("actif"), default=True)
    date_joined = models.DateTimeField(_("inscrit le"), default=timezone.now)
    #: The language she reads the site and her e-mails in: set at sign-up from the page she
    #: signed up on, changed by the language switcher and on her account page, applied again
    #: at each sign-in (accounts.language), so that it follows her from one device to another.
    language = models.CharField(
        _("langue"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("La langue du site et des e-mails que vous recevez."),
    )
    #: Set when the person erased her account (accounts.personal_data): the row stays as an
    #: anonymised stub because certificates and kept records still point to it.
    erased_at = models.DateTimeField(_("compte effacé le"), null=True, blank=True, editable=False)

    objects = UserManager()

    EMAIL_FIELD = "email"
    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = ["first_name", "last_name"]

    class Meta:
        verbose_name = _("utilisateur")
        verbose_name_plural = _("utilisateurs")
        ordering = ["last_name", "first_name", "email"]
        constraints = [
            models.UniqueConstraint(Lower("email"), name="accounts_user_email_ci_unique"),
        ]

    def __str__(self) -> str:
        return self.get_full_name() or self.email

    def clean(self):
        super().clean()
        self.email = type(self).objects.normalize_email(self.email)

    def get_full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def get_short_name(self) -> str:
        return self.first_name or self.email

    @cached_property
    def group_names(self) -> frozenset[str]:
        """Names of the user's groups, read once per request: every signed-in page asks (her
        role), so in SQL (``_GROUP_NAMES_SQL``), which the database answers in a tenth of the
        time Django took to write the join."""
        with connections[self._state.db or "default"].cursor() as cursor:
            cursor.execute(_GROUP_NAMES_SQL, [self.pk])
            return frozenset(name for (name,) in cursor.fetchall())

    @property
    def role(self) -> Role | None:
        return role_of(self)


class Consent(models.Model):
    """What a person accepted, in which version of the text, and when (RGPD art. 7: the
    controller must be able to show the consent). Deleted when the account is erased."""

    class Document(models.TextChoices):
        TERMS_AND_PRIVACY = (
            "terms_privacy",
            _("Conditions d'utilisation et politique de confidentialité"),
        )

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="consents")
    document = models.CharField(_("texte"), max_length=20, choices=Document.choices)
    version = models.CharField(_("version"), max_length=20)
    accepted_at = models.DateTimeField(_("accepté le"), default=timezone.now)

    class Meta:
        verbose_name = _("consentement")
        verbose_name_plural = _("consentements")
        ordering = ["-accepted_at", "-pk"]

    def __str__(self):
        return f"{self.user_id} · {self.document} {self.version}"

    @property
    def version_date(self):
        """The version as a date, to be written out (« 4 décembre 2026 »); versions are the
        dates the text took effect (``PRIVACY_POLICY_VERSION``). None for another form."""
        return version_date(self.version)


def version_date(version: str):
    """``"2026-12-04"`` as a date, or None when a version is not written as one."""
    try:
        return date.fromisoformat(version)
    except ValueError:
        return None
