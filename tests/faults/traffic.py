"""Readers' requests against a test site: pages, and view beacons from distinct readers."""

import http.client
import itertools

_readers = itertools.count(1)


def beacon(port, article_id):
    """POST one view as a new reader (own user agent, so never a repeat); returns the status."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        body = f"id={article_id}"
        headers = {
            "Host": "localhost",
            "Content-Type": "text/plain",
            "User-Agent": f"Mozilla/5.0 (X11; Linux x86_64) Reader/{next(_readers)}",
            "Sec-Fetch-Site": "same-origin",
        }
        connection.request("POST", "/_/views/", body=body, headers=headers)
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


def post_form(port, path, fields):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        body = "&".join(f"{name}={value}" for name, value in fields.items())
        headers = {"Host": "localhost", "Content-Type": "application/x-www-form-urlencoded"}
        connection.request("POST", path, body=body, headers=headers)
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read().decode()
    finally:
        connection.close()
