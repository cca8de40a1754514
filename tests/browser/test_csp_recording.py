"""The harness itself: a violation of the Content-Security-Policy is seen and reported.

Every journey fails at teardown on a violation (tests/browser/conftest.py); this proves the
recording works, with code the policy must refuse, injected by the test into a real page.
"""

import pytest

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_inline_code_is_refused_and_recorded(page, live_server, csp_violations):
    response = page.goto(f"{live_server.url}/compte/login/")
    assert "default-src 'self'" in response.headers["content-security-policy"]
    page.evaluate(
        """() => {
          const box = document.createElement("div");
          box.innerHTML = '<p style="color: red">x</p><img src="data:," onerror="window.ran = 1">';
          document.body.append(box);
          const script = document.createElement("script");
          script.textContent = "window.ranToo = 1";
          document.body.append(script);
        }"""
    )
    page.wait_for_timeout(300)
    assert page.evaluate("window.ran === undefined && window.ranToo === undefined")
    recorded = "\n".join(csp_violations + page.evaluate("window.__cspViolations"))
    assert "style-src" in recorded
    assert "script-src" in recorded
    csp_violations.clear()  # seen on purpose: the journey itself must not fail
    page.evaluate("window.__cspViolations = []")
