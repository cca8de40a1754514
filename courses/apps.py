from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Formations")

    def ready(self):
        from wagtail.signals import page_published, page_unpublished

        from courses.models import LessonPage

        for name, signal in (("published", page_published), ("unpublished", page_unpublished)):
            signal.connect(
                reindex_course, sender=LessonPage, dispatch_uid=f"courses-reindex-{name}"
            )

        from django.db.models.signals import post_delete

        from courses import search
        from courses.models import CoursePage

        search.register()
        for model in (CoursePage, LessonPage):
            for name, signal in (("published", page_published), ("unpublished", page_unpublished)):
                signal.connect(
                    search.reindex_page,
                    sender=model,
                    dispatch_uid=f"courses-search-{model.__name__}-{name}",
                )
            post_delete.connect(
                search.unindex_page, sender=model, dispatch_uid=f"courses-search-{model.__name__}"
            )

        from courses.personal_data import register_section as register_personal_data

        register_personal_data()


def reindex_course(sender, instance, **kwargs):
    """A course is found by its lessons' subjects: re-index it when one of them changes (at
    the end of a bulk load, once, when indexing is paused)."""
    from core.search import wagtail_index
    from courses.models import CoursePage

    course = CoursePage.objects.filter(path=instance.path[: -instance.steplen]).first()
    if course is not None:
        wagtail_index.update(course)
