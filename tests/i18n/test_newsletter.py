"""The newsletter in the reader's language: the form, the pages after it, and every email it sends."""

import re

import pytest
from django.core import mail

from editions import delivery
from newsletter.emails import EmailKind, build_message
from newsletter.models import Subscriber
from tests import factories
from tests.editions.conftest import articles, edition, smtp  # noqa: F401 - fixtures

pytestmark = pytest.mark.django_db


def local(url):
    assert url.startswith("http://testserver/"), url
    return url.removeprefix("http://testserver")


def sign_up(post, language, address="reader@example.org"):
    return post("/newsletter/", {"email": address, "source": "footer", "page": "/", "language": language})


@pytest.mark.parametrize(
    ("language", "label", "button", "consent"),
    [
        ("ru", "Адрес электронной почты", "Подписаться", "Мы присылаем только нашу рассылку"),
        ("az", "E-poçt ünvanı", "Abunə ol", "Sizə yalnız bülletenimizi göndəririk"),
    ],
)
def test_the_footer_form_speaks_the_pages_language(client, bilingual, language, label, button, consent):
    html = client.get(f"/{language}/").content.decode()
    assert f'<input type="hidden" name="language" value="{language}">' in html
    assert f'for="newsletter-email-footer">{label}</label>' in html
    assert f'<button type="submit">{button}</button>' in html and consent in html


def test_a_russian_reader_signs_up_confirms_and_unsubscribes_in_russian(client, post_committed, home):
    response = sign_up(post_committed, "ru")
    assert (response.status_code, response["Location"]) == (302, "/newsletter/check-your-inbox/?lang=ru")
    page = client.get(response["Location"])
    html = page.content.decode()
    assert '<html lang="ru" dir="ltr">' in html and "<h1>Проверьте почту</h1>" in html
    assert page["Content-Language"] == "ru"
    assert Subscriber.objects.get().language == "ru"

    [message] = mail.outbox
    assert message.subject == "The Caspian Review: Подтвердите подписку"
    assert message.body.startswith("Здравствуйте!")
    assert "в течение 48 часов" in message.body and "Please confirm" not in message.body
    confirm_url, unsubscribe_url, home_url = factories.links_in(message)
    assert confirm_url.endswith("/?lang=ru") and unsubscribe_url.endswith("/?lang=ru")
    assert home_url == "http://testserver/ru/"
    assert message.extra_headers["List-Unsubscribe"] == f"<{unsubscribe_url}>"

    confirmed = client.get(local(confirm_url)).content.decode()
    assert "<h1>Спасибо за подписку</h1>" in confirmed and 'href="/ru/"' in confirmed
    asked = client.get(local(unsubscribe_url)).content.decode()
    assert "<h1>Отписаться от рассылки</h1>" in asked
    done = client.post(local(unsubscribe_url), {"List-Unsubscribe": "One-Click"}).content.decode()
    assert "<h1>Вы отписались</h1>" in done
    assert 'href="/newsletter/?lang=ru"' in done  # "subscribe again" stays in Russian
    assert Subscriber.objects.get().status == Subscriber.Status.UNSUBSCRIBED


def test_a_form_error_is_shown_in_the_forms_language(post_committed, home):
    response = sign_up(post_committed, "az", address="not an address")
    html = response.content.decode()
    assert response.status_code == 400
    assert '<html lang="az" dir="ltr">' in html
    assert "E-poçt ünvanında boşluq və ya sətir keçidi ola bilməz." in html
    assert '<input type="hidden" name="language" value="az">' in html  # a second try stays in Azerbaijani
    assert mail.outbox == []


@pytest.mark.parametrize("language", ["xx", "", "ru<script>", "../ru"])
def test_an_unknown_language_falls_back_to_english(client, post_committed, home, language):
    response = sign_up(post_committed, language)
    assert (response.status_code, response["Location"]) == (302, "/newsletter/check-your-inbox/")
    assert Subscriber.objects.get().language == "en"
    assert mail.outbox[0].subject == "The Caspian Review: Please confirm your subscription"
    page = client.get(f"/newsletter/check-your-inbox/?lang={language}")
    assert page.status_code == 200 and "<h1>Check your inbox</h1>" in page.content.decode()


def test_a_confirmed_reader_is_reminded_in_the_language_they_use_now(post_committed, home):
    factories.make_subscriber("reader@example.org", status=Subscriber.Status.CONFIRMED)
    sign_up(post_committed, "az")
    [message] = mail.outbox
    assert message.subject == "The Caspian Review: Siz artıq abunəsiniz"
    assert "Bu ünvan artıq abunədir" in message.body


def test_each_subscriber_gets_the_edition_in_their_language(
    edition,  # noqa: F811
    smtp,  # noqa: F811
    django_capture_on_commit_callbacks,
):
    for address, language in [("en@example.org", "en"), ("ru@example.org", "ru"), ("az@example.org", "az")]:
        factories.make_subscriber(address, status=Subscriber.Status.CONFIRMED, language=language)
    with django_capture_on_commit_callbacks(execute=True):
        assert delivery.start_sending(edition.pk)
    messages = {message["To"]: message for message in smtp.sink.messages()}
    expected = {
        "en@example.org": ("en", "View this edition in your browser", "Unsubscribe: "),
        "ru@example.org": ("ru", "Открыть этот выпуск в браузере", "Отписаться: "),
        "az@example.org": ("az", "Bu buraxılışa brauzerdə baxın", "Abunəlikdən çıxmaq: "),
    }
    for address, (language, view_online, unsubscribe) in expected.items():
        message = messages[address]
        html = message.get_body(("html",)).get_content()
        text = message.get_body(("plain",)).get_content()
        assert f'<html lang="{language}" dir="ltr">' in html and view_online in html
        assert message["Subject"] == "Friday: ports and tariffs"  # the editor's words stay as written
        link = re.search(r"<(.+)>", message["List-Unsubscribe"])[1]
        assert f"{unsubscribe}{link}" in text
        assert link.endswith(f"?lang={language}") == (language != "en")


def test_the_edition_archive_in_russian(client, home):
    html = client.get("/newsletter/editions/?lang=ru").content.decode()
    assert '<html lang="ru" dir="ltr">' in html and "<h1>Архив рассылки</h1>" in html
    assert 'href="/newsletter/?lang=ru">Подпишитесь</a>' in html
    assert "Пока не разослано ни одного выпуска." in html


def test_a_language_the_site_no_longer_has_means_english(home):
    subscriber = factories.make_subscriber("old@example.org", language="fr")
    message = build_message(subscriber, EmailKind.CONFIRM, "http://testserver")
    assert message.subject == "The Caspian Review: Please confirm your subscription"
    assert all("lang=" not in link for link in factories.links_in(message))
    assert factories.links_in(message)[-1] == "http://testserver/"


def test_an_edition_links_each_reader_to_the_articles_in_their_language(
    edition,  # noqa: F811
    articles,  # noqa: F811
    smtp,  # noqa: F811
    django_capture_on_commit_callbacks,
):
    ports, border = articles
    factories.translate(ports, "ru", title="Порты Каспия", slug="porty-kaspiya")
    factories.translate(border, "ru", title="Граница и её пошлины", slug="granitsa", publish=False)
    factories.translate(
        border, "az", title="Sərhəd və rüsumlar", slug="serhed", standfirst="Keçiddə kim ödəyir."
    )
    for address, language in [("en@example.org", "en"), ("ru@example.org", "ru"), ("az@example.org", "az")]:
        factories.make_subscriber(address, status=Subscriber.Status.CONFIRMED, language=language)
    with django_capture_on_commit_callbacks(execute=True):
        assert delivery.start_sending(edition.pk)
    html = {message["To"]: message.get_body(("html",)).get_content() for message in smtp.sink.messages()}

    russian, azerbaijani, english = html["ru@example.org"], html["az@example.org"], html["en@example.org"]
    assert "Порты Каспия" in russian and "/ru/opinion/porty-kaspiya/" in russian
    assert "Our pick." in russian  # the editor's own blurb stays as written
    # The border piece's Russian version is a draft: Russian readers get the original, never the draft.
    assert "A border &amp; its tariffs" in russian and "Граница" not in russian
    # Its Azerbaijani version is live: its own title, address and standfirst (the blurb was the standfirst).
    assert "Sərhəd və rüsumlar" in azerbaijani and "/az/opinion/serhed/" in azerbaijani
    assert "Keçiddə kim ödəyir." in azerbaijani and "Ports of the Caspian" in azerbaijani
    assert "Ports of the Caspian" in english and "Порты" not in english and "Sərhəd" not in english
