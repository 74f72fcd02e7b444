"""WordPress content to body blocks, without a database: the converter on its own."""

from imports.content import convert


def found_image(src, alt):
    return (7, alt or "fallback")


def kinds(body):
    return [block["type"] for block in body.blocks]


def test_classic_paragraphs_split_on_blank_lines_like_wpautop():
    body = convert("One line\nand its second line.\n\n\nAnother paragraph.", found_image)
    assert body.blocks == [
        {"type": "paragraph", "value": "<p>One line<br/>and its second line.</p>"},
        {"type": "paragraph", "value": "<p>Another paragraph.</p>"},
    ]


def test_scripts_event_handlers_and_javascript_links_are_stripped():
    html = (
        '<p onclick="steal()">Hi <img src=x onerror="alert(1)"><a href="javascript:alert(1)">there</a>'
        '</p><script>alert("x")</script><style>p{}</style><form><input name="q"></form>'
        '<iframe src="https://tracker.example/"></iframe><div onmouseover="x()"><b>bold</b></div>'
    )
    body = convert(html, lambda src, alt: None)
    text = "".join(str(block["value"]) for block in body.blocks)
    for bad in ("onclick", "onerror", "javascript", "alert", "steal", "tracker", "onmouseover", "<form"):
        assert bad not in text
    assert "<b>bold</b>" in text
    assert "<script> removed" in body.notes and "an <iframe> from tracker.example removed" in body.notes


def test_rich_text_keeps_only_the_paragraph_features():
    body = convert('<p><span style="color:red">Red</span> <u>under</u> <em>it</em></p>', found_image)
    assert body.blocks == [{"type": "paragraph", "value": "<p>Red under <em>it</em></p>"}]


def test_page_builder_shortcodes_unwrap_and_unknown_ones_are_listed():
    text = "[et_pb_section][fusion_text]Inside[/fusion_text][/et_pb_section] [tdm_title]T[/tdm_title]"
    text += ' [poll id="3"]'
    body = convert(text, found_image)
    assert body.blocks == [{"type": "paragraph", "value": "<p>Inside T [poll id=&quot;3&quot;]</p>"}]
    assert body.notes == ["unknown shortcode [poll] kept as text"]


def test_embeds_from_urls_on_their_own_line_shortcodes_and_iframes():
    text = (
        "https://youtu.be/abc\n\n[embed]https://vimeo.com/1[/embed]\n\n"
        '<iframe src="//www.youtube.com/embed/xyz"></iframe>\n\nhttps://example.com/not-embeddable'
    )
    body = convert(text, found_image)
    assert kinds(body) == ["embed", "embed", "embed", "paragraph"]
    assert [block["value"] for block in body.blocks[:3]] == [
        "https://youtu.be/abc",
        "https://vimeo.com/1",
        "https://www.youtube.com/embed/xyz",
    ]


def test_newsletter_shortcodes_and_blocks_become_the_sign_up_block():
    for text in ("[newsletter_signup]", "[td_block_newsletter_subscribe]", "<!-- wp:jetpack/mailchimp /-->"):
        assert kinds(convert(text, found_image)) == ["newsletter"]


def test_a_long_quotation_is_kept_as_a_paragraph():
    body = convert(f"<blockquote><p>{'word ' * 150}</p></blockquote>", found_image)
    assert kinds(body) == ["paragraph"] and body.notes == ["a long quotation kept as a paragraph"]


def test_headings_map_to_the_two_levels():
    body = convert("<h1>A</h1><h2>B</h2><h4>C</h4>", found_image)
    assert [block["value"]["level"] for block in body.blocks] == ["h2", "h2", "h3"]


def test_tables_are_kept_as_text_and_listed():
    body = convert("<table><tr><td>Seats</td><td>12</td></tr></table>", found_image)
    assert body.blocks == [{"type": "paragraph", "value": "<p>Seats 12</p>"}]
    assert body.notes == ["<table> kept as text"]
