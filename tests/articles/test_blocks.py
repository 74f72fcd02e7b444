"""Every body block renders its own accessible markup."""

import pytest
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from articles import blocks
from articles.models import ArticlePage
from demo.images import get_or_make_image
from tests import factories


def render(block, value=None):
    """Render a block from a plain value, or from its admin preview value."""
    block.set_name("test")
    return block.render(block.normalize(value if value is not None else block.meta.preview_value))


def test_every_block_has_template_icon_description():
    stream = blocks.ArticleBodyBlock()
    for name, child in stream.child_blocks.items():
        assert child.meta.template.endswith(".html"), name
        assert child.meta.icon, name
        assert child.meta.description, name


@pytest.mark.django_db
def test_paragraph_renders_rich_text():
    html = render(blocks.ParagraphBlock())
    assert '<div class="rich-text">' in html
    assert "Freight trains" in html


def test_paragraph_allows_only_simple_formatting():
    assert blocks.ParagraphBlock().features == ["bold", "italic", "link", "ol", "ul"]


def test_heading_renders_chosen_level():
    html = render(blocks.HeadingBlock(), {"text": "Sub", "level": "h3"})
    assert '<h3 class="body-heading">Sub</h3>' in html


def test_pull_quote_has_quote_and_attribution():
    html = render(blocks.PullQuoteBlock())
    assert "<blockquote><p>A corridor is only as fast" in html
    assert "<figcaption>A freight forwarder in Aktau</figcaption>" in html


def test_fact_box_lists_facts():
    html = render(blocks.FactBoxBlock())
    assert 'aria-label="Key figures"' in html
    assert html.count("<li>") == 2


@pytest.mark.django_db
def test_image_block_has_alt_caption_and_credit():
    image = get_or_make_image("Block test picture", "culture")
    block = blocks.ArticleImageBlock()
    raw = {"image": image.pk, "decorative": False, "alt_text": "A ferry at dawn"}
    value = block.to_python({"image": raw, "caption": "Aktau", "credit": "Photo: Desk"})
    html = block.render(value)
    assert 'alt="A ferry at dawn"' in html
    assert "<figcaption>Aktau" in html and "Photo: Desk" in html


@pytest.mark.django_db
def test_embed_block_shows_the_embed_and_a_link():
    url = "https://www.youtube.com/watch?v=demo123"
    iframe = '<iframe title="Demo video" src="https://www.youtube-nocookie.com/embed/demo123"></iframe>'
    Embed.objects.create(url=url, type="video", html=iframe, hash=get_embed_hash(url))
    html = render(blocks.EmbedWithFallbackBlock(), url)
    assert "<iframe" in html
    assert f'href="{url}"' in html


@pytest.mark.django_db
def test_newsletter_block_uses_site_copy_by_default_and_renders_a_real_form(home):
    html = render(blocks.NewsletterCallToActionBlock())
    assert "Stay ahead of the region" in html
    assert 'method="post"' in html and 'action="/newsletter/"' in html
    assert '<label for="newsletter-email-body">Email address</label>' in html
    assert 'type="email"' in html and "required" in html


@pytest.mark.django_db
def test_newsletter_block_custom_copy(home):
    html = render(
        blocks.NewsletterCallToActionBlock(), {"heading": "Energy weekly", "text": "Gas and grids."}
    )
    assert "Energy weekly" in html and "Gas and grids." in html


@pytest.mark.django_db
def test_every_block_has_a_preview_that_renders(home):
    get_or_make_image("Preview picture", "energy")
    stream = blocks.ArticleBodyBlock()
    content_blocks = {"paragraph", "heading", "pull_quote", "image", "embed", "fact_box", "newsletter"}
    assert content_blocks <= set(stream.child_blocks)
    for name in content_blocks:
        child = stream.child_blocks[name]
        value = child.get_preview_value()
        assert value, name
        assert child.render(value).strip(), name


@pytest.mark.django_db
def test_the_block_picker_previews_every_body_block_with_its_description(client, home, django_user_model):
    """Wagtail shows a block's description in the picker only beside its preview: every block has one."""
    get_or_make_image("Preview picture", "energy")
    factories.make_ad("Preview ad", "body")
    client.force_login(django_user_model.objects.create_superuser("picker", "picker@example.org", "x"))
    for name, child in ArticlePage._meta.get_field("body").stream_block.child_blocks.items():
        assert child.is_previewable, name
        assert child.get_description(), name
        response = client.get("/admin/block-preview/", {"id": child.definition_prefix})
        assert response.status_code == 200, name
        assert "css/site.css" in response.content.decode(), name
