"""WordPress import: a generated export of 10,000 posts into a fresh SQLite database; time and peak memory.

The export is written by `write_export` below (BENCH_IMPORT_POSTS changes the count), shaped like a news
site's: block-editor and classic posts with WPBakery/tagDiv shortcodes, nested categories, tags, a
handful of authors (one an editorial board), view counts, drafts and private posts, and featured
images for one post in 20 (small JPEGs drawn with Pillow). `import_wordpress` runs in a child process
on the production settings (DEBUG off, as a newsroom would run it on its server); its peak resident
memory comes from wait4(). Goal: under 5 minutes and under 500 MB. A second run of
the same file (nothing changed) is timed too.
"""

import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

from PIL import Image

from .common import ROOT, manage, sqlite_url

COUNT = int(os.environ.get("BENCH_IMPORT_POSTS", "10000"))
GOAL_SECONDS = 300
GOAL_MB = 500
IMAGE_EVERY = 20
WORDS = [
    *("port", "ferry", "freight", "tariff", "pipeline", "gas", "oil", "election", "turnout", "budget"),
    *("parliament", "minister", "drought", "harvest", "caviar", "sturgeon", "tanker", "corridor"),
    *("border", "customs", "railway", "steppe", "shore", "city", "council", "court"),
]
CATEGORIES = [("politics", ""), ("elections", "politics"), ("energy", ""), ("oil", "energy"), ("culture", "")]
AUTHORS = [("leyla", "Leyla Hasanova"), ("rashad", "Rashad Aliyev"), ("board", "Editorial Board")]
SETTINGS = "config.settings.production"
HOME = "from demo.management.commands.load_demo import ensure_home_page; ensure_home_page()"


def cdata(text):
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def sentence(rng, words=12):
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def content(rng, n):
    paragraphs = [" ".join(sentence(rng) for _ in range(4)) for _ in range(6)]
    if n % 2:
        blocks = [f"<!-- wp:paragraph -->\n<p>{text}</p>\n<!-- /wp:paragraph -->" for text in paragraphs]
        blocks.insert(3, "<!-- wp:heading -->\n<h2>What happens next</h2>\n<!-- /wp:heading -->")
        return "\n\n".join(blocks)
    body = "\n\n".join(paragraphs[:3])
    rest = "\n\n".join(paragraphs[3:])
    wrapped = f"[vc_row][vc_column][vc_column_text]{body}[/vc_column_text][/vc_column][/vc_row]"
    return f"{wrapped}\n\n<h3>More</h3>\n\n{rest}"


def item(rng, n, status="publish"):
    category, _parent = CATEGORIES[n % len(CATEGORIES)]
    login, _name = AUTHORS[n % len(AUTHORS)]
    date = f"20{14 + n % 11:02d}-{1 + n % 12:02d}-{1 + n % 28:02d} {n % 24:02d}:{n % 60:02d}:00"
    slug = f"story-{n}"
    tags = [rng.choice(WORDS) for _ in range(3)]
    meta = [("post_views_count", str(rng.randint(0, 5000)))]
    if n % IMAGE_EVERY == 0:
        meta.append(("_thumbnail_id", str(1_000_000 + n)))
    return "".join(
        [
            f"<item><title>{cdata(sentence(rng, 7))}</title>",
            f"<link>https://old.example.com/{date[:10].replace('-', '/')}/{slug}/</link>",
            f"<dc:creator>{cdata(login)}</dc:creator>",
            f"<content:encoded>{cdata(content(rng, n))}</content:encoded>",
            f"<excerpt:encoded>{cdata(sentence(rng) if n % 3 else '')}</excerpt:encoded>",
            f"<wp:post_id>{n}</wp:post_id><wp:post_date_gmt>{date}</wp:post_date_gmt>",
            f"<wp:post_name>{slug}</wp:post_name><wp:status>{status}</wp:status>",
            "<wp:post_type>post</wp:post_type>",
            f'<category domain="category" nicename="{category}">{category.title()}</category>',
            *(f'<category domain="post_tag" nicename="{tag}">{tag}</category>' for tag in tags),
            *(
                f"<wp:postmeta><wp:meta_key>{key}</wp:meta_key><wp:meta_value>{value}</wp:meta_value></wp:postmeta>"
                for key, value in meta
            ),
            "</item>\n",
        ]
    )


def attachment(n):
    file = f"2024/01/photo-{n}.jpg"
    return (
        f"<item><title>Photo {n}</title><wp:post_id>{1_000_000 + n}</wp:post_id>"
        "<wp:post_type>attachment</wp:post_type><wp:status>inherit</wp:status>"
        f"<wp:attachment_url>https://old.example.com/wp-content/uploads/{file}</wp:attachment_url>"
        f"<wp:postmeta><wp:meta_key>_wp_attached_file</wp:meta_key><wp:meta_value>{file}</wp:meta_value>"
        f"</wp:postmeta><wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key>"
        f"<wp:meta_value>Photo number {n}</wp:meta_value></wp:postmeta></item>\n"
    )


def write_export(path, media, count, seed=14):
    """A WXR 1.2 file of `count` posts (1 in 50 a draft, 1 in 100 private) and its uploads folder."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        out.write(
            '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
            'xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">\n'
            "<channel><title>Generated</title><link>https://old.example.com</link>"
            "<wp:wxr_version>1.2</wp:wxr_version>\n"
        )
        for login, name in AUTHORS:
            out.write(
                f"<wp:author><wp:author_login>{login}</wp:author_login>"
                f"<wp:author_display_name>{escape(name)}</wp:author_display_name></wp:author>\n"
            )
        for slug, parent in CATEGORIES:
            out.write(
                f"<wp:category><wp:category_nicename>{slug}</wp:category_nicename>"
                f"<wp:category_parent>{parent}</wp:category_parent><wp:cat_name>{slug.title()}</wp:cat_name>"
                "</wp:category>\n"
            )
        for n in range(1, count + 1):
            if n % IMAGE_EVERY == 0:
                out.write(attachment(n))
                photo = media / f"2024/01/photo-{n}.jpg"
                photo.parent.mkdir(parents=True, exist_ok=True)
                Image.new("RGB", (120, 68), (n % 255, 90, 140)).save(photo, "JPEG")
            status = "private" if n % 100 == 0 else "draft" if n % 50 == 0 else "publish"
            out.write(item(rng, n, status))
        out.write("</channel></rss>\n")


def timed_import(database_url, export, media, env):
    """(seconds, CPU seconds, peak MB, first lines of the output) of one import in a child process.

    CPU seconds are reported beside the wall time: on a machine shared with other work the wall time
    says as much about the neighbours as about the import."""
    started = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "manage.py", "import_wordpress", str(export), "--media-dir", str(media), "-v", "0"],
        cwd=ROOT,
        env={
            **os.environ,
            **env,
            "DATABASE_URL": database_url,
            "DJANGO_SETTINGS_MODULE": SETTINGS,
        },
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    output = child.stdout.read().decode()
    _pid, status, usage = os.wait4(child.pid, 0)
    if status != 0:
        raise SystemExit(f"import_wordpress failed:\n{output[-3000:]}")
    cpu = usage.ru_utime + usage.ru_stime
    return time.perf_counter() - started, cpu, usage.ru_maxrss / 1024, output.splitlines()[:2]


def main():
    with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
        folder = Path(tmp)
        export, media = folder / "export.xml", folder / "uploads"
        write_export(export, media, COUNT)
        print(f"export: {COUNT} posts, {export.stat().st_size / 1e6:.1f} MB")
        database_url = sqlite_url("bench_import")
        env = {
            "MEDIA_ROOT": str(folder / "media"),
            "CACHE_DIR": str(folder / "cache"),
            "SECRET_KEY": "bench-only-not-secret",
            "LOG_LEVEL": "ERROR",
        }
        manage(database_url, "migrate", "--noinput", settings=SETTINGS, env=env)
        manage(database_url, "shell", "-c", HOME, settings=SETTINGS, env=env)
        seconds, cpu, peak, lines = timed_import(database_url, export, media, env)
        rate = COUNT / seconds
        print(f"import: {seconds:.1f}s ({cpu:.1f}s CPU), peak memory {peak:.0f} MB ({rate:.0f} posts/s)")
        print("  " + "\n  ".join(lines))
        again, again_cpu, again_peak, lines = timed_import(database_url, export, media, env)
        print(f"second run (unchanged): {again:.1f}s ({again_cpu:.1f}s CPU), peak memory {again_peak:.0f} MB")
        print("  " + "\n  ".join(lines))
    ok = seconds < GOAL_SECONDS and peak < GOAL_MB
    print(f"goal: under {GOAL_SECONDS}s and {GOAL_MB} MB: " + ("met" if ok else "NOT MET"))
    return 0 if ok else 1
