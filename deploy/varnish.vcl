# Varnish in front of gunicorn: holds anonymous pages for as long as their Cache-Control says, passes
# editors (a session cookie) straight through, and takes PURGE from the site (wagtail frontend_cache,
# FRONTEND_CACHE_URL=http://<this varnish>) so a publish reaches readers at once. The test suite runs
# this file with the backend port replaced (tests/pagecache/test_varnish.py).
vcl 4.1;

backend default {
    .host = "127.0.0.1";
    .port = "8000";
}

# Who may purge: the application servers.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Purging is for the site itself."));
        }
        return (purge);
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Editors and anyone else with a session see their own pages (user bar, previews, private pages).
    if (req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
    }
    # Everything else is the same for every reader: cookies (analytics and the like) change nothing.
    unset req.http.Cookie;
    # Tracking parameters do not change a page either (the site ignores them the same way).
    set req.url = regsuball(req.url, "([?&])(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid|ref)=[^&]*", "\1");
    set req.url = regsuball(req.url, "[?&]+$", "");
    set req.url = regsub(req.url, "\?&+", "?");
}

sub vcl_backend_response {
    # Pages without a public Cache-Control (search, forms, editors' pages) are never stored.
    if (beresp.http.Cache-Control !~ "public") {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # Varnish reads max-age as the TTL and stale-while-revalidate as the grace: a page that no purge
    # reached is at most max-age + stale-while-revalidate old (60 s with the site's defaults).
}

sub vcl_deliver {
    if (obj.hits > 0) {
        set resp.http.X-Proxy-Cache = "HIT";
    } else {
        set resp.http.X-Proxy-Cache = "MISS";
    }
}
