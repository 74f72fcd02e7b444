"""Blocks shared by more than one model."""

from wagtail import blocks


class LinkBlock(blocks.StructBlock):
    """A labelled link: an author's profiles, the publication's social accounts."""

    label = blocks.CharBlock(max_length=60, help_text="For example: Mastodon, Telegram, Website")
    url = blocks.URLBlock()

    class Meta:
        icon = "link"
