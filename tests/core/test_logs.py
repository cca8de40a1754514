"""Request logs: one JSON line per request, with its id, and people by their id only."""

import io
import json
import logging
import logging.config

import pytest

from core.logs import REQUEST_ID_HEADER, incoming_request_id, logging_config

pytestmark = pytest.mark.django_db


@pytest.fixture
def json_lines():
    """The production configuration's console handler, writing into a buffer."""
    stream = io.StringIO()
    config = logging_config("json", "INFO")
    config["handlers"]["console"]["stream"] = stream
    logging.config.dictConfig(config)
    yield lambda: [json.loads(line) for line in stream.getvalue().splitlines()]
    from django.conf import settings

    logging.config.dictConfig(settings.LOGGING)


def _request_lines(lines):
    return [line for line in lines if line["logger"] == "accelerateur.request"]


def test_a_request_gives_one_json_line_with_its_fields(client, owner, json_lines):
    client.force_login(owner)
    response = client.get("/mon-espace/?q=secret")
    (line,) = _request_lines(json_lines())
    assert line["level"] == "INFO"
    assert line["method"] == "GET"
    assert line["path"] == "/mon-espace/"  # never the query string
    assert line["status"] == response.status_code == 302
    assert isinstance(line["duration_ms"], float)
    assert line["user_id"] == owner.pk
    assert line["request_id"] == response[REQUEST_ID_HEADER]
    assert {"timestamp", "message"} <= set(line)
    text = json.dumps(line)
    assert owner.email not in text and owner.first_name not in text


def test_an_anonymous_request_has_no_user(client, json_lines):
    client.get("/healthz")  # answered before the log: load balancers would drown it
    client.get("/compte/login/")
    (line,) = _request_lines(json_lines())
    assert line["user_id"] is None and line["status"] == 200


def test_the_proxys_request_id_is_kept_when_it_looks_like_one(client, json_lines):
    response = client.get("/compte/login/", HTTP_X_REQUEST_ID="req-7f3a9c2e1b")
    assert response[REQUEST_ID_HEADER] == "req-7f3a9c2e1b"
    forged = client.get("/compte/login/", HTTP_X_REQUEST_ID='x"}\n{"level": "CRITICAL"')
    assert forged[REQUEST_ID_HEADER] != 'x"}\n{"level": "CRITICAL"'
    assert len(forged[REQUEST_ID_HEADER]) == 32
    ids = [line["request_id"] for line in _request_lines(json_lines())]
    assert ids == ["req-7f3a9c2e1b", forged[REQUEST_ID_HEADER]]


@pytest.mark.parametrize("value", ["", "short", "a" * 129, "id with spaces", "<script>1234"])
def test_ids_that_do_not_look_like_ids_are_refused(value):
    assert incoming_request_id(value) is None


def test_lines_written_during_the_request_carry_its_id(client, json_lines, home_page):
    """Django's own warning for a missing page can be joined to the request's line."""
    response = client.get("/cette-page-n-existe-pas/")
    assert response.status_code == 404
    lines = json_lines()
    (warning,) = [line for line in lines if line["logger"] == "django.request"]
    assert warning["level"] == "WARNING"
    assert warning["request_id"] == response[REQUEST_ID_HEADER]
    assert _request_lines(lines)[0]["status"] == 404


def test_an_unknown_format_is_refused():
    from django.core.exceptions import ImproperlyConfigured

    with pytest.raises(ImproperlyConfigured):
        logging_config("xml", "INFO")
