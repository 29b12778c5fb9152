"""Description sanitizing (allow-list) and plain-text rendering."""

from __future__ import annotations

import pytest
from hirehound.ingest.clean import clean_posting, html_to_text, sanitize_html
from hirehound.ingest.models import CleanPosting, ExtractionMethod, RawPosting
from hypothesis import given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.unit

URL = "https://jobs.example.com/acme/123"


def raw(description_html: str | None) -> RawPosting:
    return RawPosting(
        url=URL,
        source="jobs.example.com",
        method=ExtractionMethod.GENERIC,
        title="Engineer",
        description_html=description_html,
    )


def clean(description_html: str | None) -> CleanPosting:
    return clean_posting(raw(description_html))


def test_allowed_markup_is_kept_and_links_get_rel() -> None:
    html = (
        "<h2>Role</h2><p>We <strong>build</strong> <em>things</em>.<br>Really.</p>"
        '<ul><li><b>Python</b></li><li><i>SQL</i></li></ul><ol><li><a href="https://acme.example/">Acme</a></li></ol>'
    )
    result = clean(html)
    assert result.description_html == html.replace(
        '<a href="https://acme.example/">', '<a href="https://acme.example/" rel="nofollow noopener">'
    )
    assert result.raw.title == "Engineer"


@pytest.mark.parametrize(
    "attack",
    [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        '<img src=x onerror="alert(1)">',
        '<iframe src="https://evil.example"></iframe>',
        "<style>body{display:none}</style>",
        '<a href="javascript:alert(1)">click</a>',
        '<a href="JaVaScRiPt:alert(1)">click</a>',
        '<a href="data:text/html;base64,PHNjcmlwdD4=">click</a>',
        '<p onclick="alert(1)" style="color:red" class="x" id="y">text</p>',
        '<svg onload="alert(1)"><script>alert(1)</script></svg>',
        "<!-- <script>alert(1)</script> -->",
        '<object data="x.swf"></object><embed src="x.swf">',
        "<noscript><p title='</noscript><img src=x onerror=alert(1)>'></p></noscript>",
    ],
)
def test_injection_is_stripped(attack: str) -> None:
    result = clean(f"<p>Intro</p>{attack}<p>Outro</p>")
    lowered = result.description_html.lower()
    for needle in ("<script", "javascript:", "onerror", "onload", "onclick", "<iframe", "<style", "<svg"):
        assert needle not in lowered
    for needle in ("<img", "<object", "<embed", "data:", "style=", "class=", "id="):
        assert needle not in lowered
    assert "alert(1)" not in result.description_text
    assert result.description_text.startswith("Intro")
    assert result.description_text.endswith("Outro")


def test_split_script_tag_leaves_only_inert_escaped_text() -> None:
    # HTML5 reads "<scr<script>" as one odd tag; what follows is plain text and stays escaped text.
    result = clean("<scr<script>ipt>alert(1)</script>")
    assert result.description_html == "ipt&gt;alert(1)"
    assert result.description_text == "ipt>alert(1)"


def test_script_and_style_content_is_dropped_but_other_unknown_tags_keep_their_text() -> None:
    result = clean("<div><span>Hello</span> <font>world</font></div><script>var secret = 1;</script>")
    assert result.description_html == "Hello world"
    assert "secret" not in result.description_text


def test_relative_links_resolve_against_the_page_url() -> None:
    result = clean('<p><a href="/benefits">Benefits</a> <a href="mailto:jobs@acme.example">Mail</a></p>')
    assert '<a href="https://jobs.example.com/benefits" rel="nofollow noopener">' in result.description_html
    assert '<a href="mailto:jobs@acme.example" rel="nofollow noopener">' in result.description_html
    assert 'href="/benefits"' not in sanitize_html('<a href="/benefits">x</a>')  # no base: dropped


def test_plain_text_keeps_paragraphs_and_list_items() -> None:
    html = (
        "<h3>About   us</h3>\n<p>We&nbsp;are\n   <b>Acme</b> &amp; co.</p>"
        "<ul><li>Python<ul><li>typing</li></ul></li><li>SQL</li></ul>"
        "<ol><li>Apply</li><li>Interview</li></ol><p>Line one<br>line two<br><br>New para</p>"
    )
    assert clean(html).description_text == (
        "About us\n\nWe are Acme & co.\n\n- Python\n- typing\n- SQL\n\n1. Apply\n2. Interview"
        "\n\nLine one\nline two\n\nNew para"
    )


def test_unwrapped_blocks_do_not_run_words_together() -> None:
    result = clean(
        "<div>First</div><div>Second</div><table><tr><td>Cell</td><td>Other</td></tr></table><h1>Big</h1>"
    )
    assert result.description_text == "First\n\nSecond\n\nCell Other\n\nBig"


def test_entities_decoded_and_unicode_nfc() -> None:
    result = clean("<p>Caf\u0065\u0301 &eacute; &#233; &lt;tag&gt; &quot;q&quot;</p>")
    assert result.description_text == 'Café é é <tag> "q"'
    assert "Cafe\u0301" not in result.description_html


def test_missing_or_empty_description() -> None:
    assert (clean(None).description_html, clean(None).description_text) == ("", "")
    assert (clean("   ").description_html, clean("   ").description_text) == ("", "")
    assert html_to_text("") == ""


def test_cleaning_is_idempotent_on_a_realistic_description() -> None:
    first = clean(
        '<div><p>Hi<p>there<ul><li>a<li>b</ul><a href="/x" onclick="y">z</a><script>q</script></div>'
    )
    second = clean(first.description_html)
    assert second.description_html == first.description_html
    assert second.description_text == first.description_text


# ------------------------------------------------------------------------------------------- properties

TAGS = [
    "p",
    "br",
    "ul",
    "ol",
    "li",
    "b",
    "i",
    "a",
    "h1",
    "h2",
    "div",
    "script",
    "style",
    "iframe",
    "table",
    "td",
]
fragments = st.one_of(
    st.text(max_size=20),
    st.sampled_from(TAGS).map(lambda tag: f"<{tag}>"),
    st.sampled_from(TAGS).map(lambda tag: f"</{tag}>"),
    st.sampled_from(
        [
            '<a href="/rel">',
            '<a href="javascript:alert(1)">',
            "<img src=x onerror=alert(1)>",
            "&amp;",
            "&lt;script&gt;",
            "<!--",
            "-->",
            "<scr",
            "ipt>",
            "\u00a0",
            "e\u0301",
            "<![CDATA[",
        ]
    ),
)
html_soup = st.lists(fragments, max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_clean_never_raises_on_arbitrary_text(text: str) -> None:
    result = clean(text)
    assert "<script" not in result.description_html.lower()


@settings(max_examples=500, deadline=None)
@given(html_soup)
def test_clean_never_outputs_script_and_is_idempotent(html: str) -> None:
    first = clean(html)
    assert "<script" not in first.description_html.lower()
    assert "javascript:" not in first.description_html.lower()
    second = clean(first.description_html)
    assert second.description_html == first.description_html
    assert second.description_text == first.description_text
