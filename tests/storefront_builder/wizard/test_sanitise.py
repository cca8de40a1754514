"""The shop description: the owner's text is kept, rendered with a little formatting, never run."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storefront_builder.sanitise import render_description
from tests.storefront_builder.wizard.html_checks import assert_harmless, parse, visible_text

# Known payloads, from the OWASP filter evasion cheat sheet and the like.
XSS_PAYLOADS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=https://evil.example/xss.js></SCRIPT>",
    "<img src=x onerror=alert(1)>",
    "<IMG SRC=x ONERROR=alert(1)>",
    '<a href="javascript:alert(1)">clic</a>',
    '<a href="JaVaScRiPt:alert(1)">clic</a>',
    '<a href="jav&#x09;ascript:alert(1)">clic</a>',
    '<a href="jav\tascript:alert(1)">clic</a>',
    '<a href=" &#14;  javascript:alert(1)">clic</a>',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">clic</a>',
    '<a href="&#x6A;avascript:alert(1)">clic</a>',
    "javascript:alert(document.cookie)",
    "JaVaScRiPt:alert(1)//https://exemple.fr",
    '<a href="vbscript:msgbox(1)">clic</a>',
    "vbscript:msgbox(1)",
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">clic</a>',
    "data:text/html,<script>alert(1)</script>",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    '<iframe src="javascript:alert(1)"></iframe>',
    "<style>body{background:url(javascript:alert(1))}</style>",
    '<p style="width: expression(alert(1))">texte</p>',
    '<div style="background-image: url(javascript:alert(1))">texte</div>',
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style>"
    "</mglyph></table></mtext></math>",
    '<form action="javascript:alert(1)"><button>envoyer</button></form>',
    '<form><button formaction="javascript:alert(1)">x</button></form>',
    '<base href="javascript:alert(1)//">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<object data="javascript:alert(1)"></object>',
    '<embed src="javascript:alert(1)">',
    "<body onload=alert(1)>",
    '<div onmouseover="alert(1)">survol</div>',
    "<DIV ONCLICK=alert(1)>clic</DIV>",
    '"><script>alert(1)</script>',
    "'><img src=x onerror=alert(1)>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<!--<img src=x onerror=alert(1)>-->",
    "<![CDATA[<script>alert(1)</script>]]>",
    '<details open ontoggle="alert(1)">',
    '<input autofocus onfocus="alert(1)">',
    '<a href="https://exemple.fr" onclick="alert(1)" target="_blank">lien</a>',
    'https://exemple.fr/"onmouseover="alert(1)',
    "https://exemple.fr/<script>alert(1)</script>",
    "**<img src=x onerror=alert(1)>**",
    "- <svg onload=alert(1)>\n- *<script>x</script>*",
    '<a href="java\u0000script:alert(1)">nul</a>',
    "<link rel=stylesheet href=https://evil.example/x.css>",
    "<template><script>alert(1)</script></template>",
]


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_known_payloads_are_rendered_harmless(payload):
    html = render_description(payload)
    assert_harmless(html)
    # What was typed is not lost: it is shown as text.
    assert visible_text(html).strip()


def test_there_are_enough_payloads():
    assert len(XSS_PAYLOADS) >= 20


def test_typed_html_is_shown_as_text():
    html = render_description("<b>Promo</b> & <i>soldes</i>")
    assert html == "<p>&lt;b&gt;Promo&lt;/b&gt; &amp; &lt;i&gt;soldes&lt;/i&gt;</p>"
    assert visible_text(html) == "<b>Promo</b> & <i>soldes</i>"


def test_paragraphs_line_breaks_bold_italics_and_lists():
    text = (
        "Bienvenue chez **Lili** !\nOuvert *tous les jours*.\n\n"
        "- pain\n- brioche\n\n1. commandez\n2. retirez"
    )
    assert render_description(text) == (
        "<p>Bienvenue chez <strong>Lili</strong> !<br>\nOuvert <em>tous les jours</em>.</p>\n"
        "<ul><li>pain</li><li>brioche</li></ul>\n"
        "<ol><li>commandez</li><li>retirez</li></ol>"
    )


def test_windows_line_endings_and_blank_text():
    assert render_description("un\r\n\r\ndeux") == "<p>un</p>\n<p>deux</p>"
    assert render_description("") == ""
    assert render_description("  \n\n ") == ""


def test_urls_and_emails_become_links_with_rel_nofollow():
    html = render_description(
        "Site : https://boulangerie.fr/pain?x=1&y=2, www.lili.fr ou lili@exemple.fr"
    )
    links = [attrs for tag, attrs in parse(html).elements if tag == "a"]
    assert [link["href"] for link in links] == [
        "https://boulangerie.fr/pain?x=1&y=2",
        "http://www.lili.fr",
        "mailto:lili@exemple.fr",
    ]
    assert all(link["rel"] == "nofollow noopener" for link in links)
    assert "target" not in html
    assert_harmless(html)


def test_dangerous_schemes_in_text_are_not_linked():
    for text in ("javascript:alert(1)", "data:text/html,x", "vbscript:x"):
        html = render_description(text)
        assert "<a" not in html
        assert_harmless(html)
    # An ftp address keeps its text; only its host part may be linked, over http.
    html = render_description("ftp://exemple.fr/x")
    assert 'href="ftp' not in html
    assert visible_text(html) == "ftp://exemple.fr/x"


# Property tests -------------------------------------------------------------------------------

HTMLISH = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "<",
                ">",
                "</",
                "/>",
                '"',
                "'",
                "=",
                "&",
                "&#",
                ";",
                "x",
                ":",
                " ",
                "\n",
                "\n\n",
                "\t",
                "*",
                "**",
                "- ",
                "1. ",
                "script",
                "javascript",
                "JaVaScRiPt",
                "on",
                "onerror",
                "onload",
                "href",
                "src",
                "style",
                "a",
                "img",
                "svg",
                "iframe",
                "math",
                "data:",
                "http://",
                "https://",
                "www.",
                "mailto:",
                "@",
                "exemple.fr",
                "&#106;",
                "&#x09;",
                "expression(",
                "url(",
                "<!--",
                "-->",
                "<![CDATA[",
                "\x00",
                "\u2028",
            ]
        ),
        st.text(max_size=5),
    ),
    max_size=60,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(HTMLISH)
def test_random_html_like_strings_are_harmless(text):
    assert_harmless(render_description(text))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_random_text_is_harmless(text):
    assert_harmless(render_description(text))


# Text without formatting marks, control characters or anything linkify would read as an address.
PLAIN = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cc", "Cs", "Co", "Cn", "Zl", "Zp"),
        blacklist_characters="*-•.:@/",
    ),
    max_size=200,
)


@settings(max_examples=300, deadline=None)
@given(PLAIN)
def test_plain_text_is_kept_escaped(text):
    html = render_description(text)
    assert_harmless(html)
    assert "".join(visible_text(html).split()) == "".join(text.split())
