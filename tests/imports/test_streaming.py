"""The reader streams: memory while reading an export does not grow with the number of posts."""

import tracemalloc

from imports.wxr import iter_posts, read_catalogue

HEAD = (
    '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
    'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">'
    "<channel><title>Big</title>"
)
PARAGRAPH = "<p>" + "The ferry from Baku to Aktau left late again. " * 40 + "</p>\n\n"


def write_export(path, posts):
    with path.open("w") as out:
        out.write(HEAD)
        for n in range(1, posts + 1):
            out.write(
                f"<item><title>Post {n}</title><wp:post_id>{n}</wp:post_id><wp:status>publish</wp:status>"
                f"<wp:post_type>post</wp:post_type><content:encoded><![CDATA[{PARAGRAPH * 5}]]>"
                "</content:encoded></item>\n"
            )
        out.write("</channel></rss>")
    return path


def peak_while_reading(path):
    tracemalloc.start()
    try:
        assert read_catalogue(path).posts == sum(1 for _post in iter_posts(path))
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_does_not_grow_with_the_file(tmp_path):
    small = peak_while_reading(write_export(tmp_path / "small.xml", 100))
    big_file = write_export(tmp_path / "big.xml", 800)  # about 8 MB
    big = peak_while_reading(big_file)
    assert big < small * 1.5
    assert big < big_file.stat().st_size / 10
