vcl 4.1;

# Edge cache in front of the Django application (gunicorn), for Varnish 7.1 (Debian 12).
#
# The application decides what may be stored: the anonymous copy of a public page carries
# "Cache-Control: public, max-age=0, s-maxage=300" and "Vary: Cookie, Accept-Encoding" (its
# gzipped body, which Varnish's own gzip support stores once and unzips for the rare client
# that cannot read it); everything else is "Cache-Control: private". This file adds what only the edge can do: it never lets a signed-in
# visitor reach a stored copy, keeps only the language cookie so that "Vary: Cookie" makes one
# copy per language, and turns the application's PURGE requests (core/edge.py, Wagtail's
# frontend cache) into prefix bans. See README.md, "Edge cache (Varnish)".
#
#   varnishd -a :6081 -f /etc/varnish/accelerateur.vcl -s malloc,256m
#
# Set the backend below to where gunicorn listens, and list in "purgers" the addresses of the
# machines that run the application and its workers (they send the PURGE requests). Never the
# load balancer's: every visitor would come from it. The tests (tests/core/test_edge_cache.py)
# run this file with the backend's .host and .port replaced.

import std;
import cookie;

backend django {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 2s;
    .first_byte_timeout = 60s;
    .between_bytes_timeout = 30s;
}

acl purgers {
    "localhost";
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    # One spelling per host: the application's purges name it as its Site or SITE_URL does.
    if (req.http.Host) {
        set req.http.Host = std.tolower(regsub(req.http.Host, ":(80|443)$", ""));
    }

    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        if (!req.http.Host || req.url !~ "^/") {
            return (synth(400, "Bad purge"));
        }
        # The path and everything below it, with any query string: the path is escaped so
        # that it matches as text, not as a regular expression. The ban reads the copy's own
        # headers (set in vcl_backend_response), so the ban lurker can clear it in the
        # background.
        ban("obj.http.X-Edge-Host == " + req.http.Host + " && obj.http.X-Edge-Url ~ ^"
            + regsuball(req.url, "([][\\.^$|?*+(){}])", "\\\1"));
        return (synth(200, "Purged"));
    }

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }

    # Static files are the same for everyone and say themselves how long they keep.
    if (req.url ~ "^/static/") {
        unset req.http.Cookie;
        return (hash);
    }

    # Signed-in visitors, a pending message, credentials: always the application itself.
    if (req.http.Authorization) {
        return (pass);
    }
    if (req.http.Cookie) {
        cookie.parse(req.http.Cookie);
        if (cookie.isset("sessionid") || cookie.isset("messages")) {
            return (pass);
        }
    }

    # Personal or administrative areas, whatever their headers say.
    if (req.url ~ "^/(cms|documents|compte|ma-boutique|mon-espace|mon-parcours|mon-plan|mon-entreprise|demandes|diagnostic|certificats|conseiller|commande|agenda|evenements|media|i18n)(/|$)"
        || req.url ~ "^/healthz"
        || req.url ~ "^/boutiques/[^/]+/(panier|commande)/"
        || req.url ~ "^/aides/[^/]+/demande/") {
        return (pass);
    }

    # Only the language cookie reaches the application (and the "Vary: Cookie" key); the CSRF
    # and analytics cookies would otherwise make one copy per visitor. The site ignores
    # Accept-Language (core/middleware.py), which its answers vary on all the same.
    if (req.http.Cookie) {
        cookie.keep("accelerateur_language");
        # A language the site does not offer is French to it: no copy of its own.
        if (cookie.get("accelerateur_language") !~ "^(fr|en)$") {
            cookie.delete("accelerateur_language");
        }
        set req.http.Cookie = regsub(cookie.get_string(), ";$", "");
        if (req.http.Cookie == "") {
            unset req.http.Cookie;
        }
    }
    unset req.http.Accept-Language;
    return (hash);
}

sub vcl_hash {
    hash_data(req.url);
    if (req.http.Host) {
        hash_data(req.http.Host);
    } else {
        hash_data(server.ip);
    }
    # An http request is answered by a redirect to https: never the same copy.
    if (req.http.X-Forwarded-Proto) {
        hash_data(req.http.X-Forwarded-Proto);
    }
    return (lookup);
}

sub vcl_backend_response {
    # What the purges' bans compare (removed before delivery).
    set beresp.http.X-Edge-Host = bereq.http.Host;
    set beresp.http.X-Edge-Url = bereq.url;

    if (bereq.uncacheable) {
        return (deliver);
    }
    # Stored only when the application says so: a cookie being set, a private or unmarked
    # answer is never kept (Varnish would otherwise keep an unmarked one for default_ttl).
    if (beresp.http.Set-Cookie
        || beresp.http.Cache-Control ~ "(?i)(private|no-store|no-cache)"
        || beresp.http.Cache-Control !~ "(?i)(public|s-maxage)"
        || beresp.http.Vary ~ "\*") {
        # Hit-for-miss: the next requests go straight to the application, and the first
        # answer that may be stored replaces this mark.
        set beresp.ttl = 60s;
        set beresp.grace = 0s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    # The TTL comes from s-maxage (or max-age). A short grace only: a purge removes the copy
    # at once, and an expired copy is never shown for more than two seconds.
    set beresp.grace = 2s;
    set beresp.keep = 0s;
    return (deliver);
}

sub vcl_deliver {
    unset resp.http.X-Edge-Host;
    unset resp.http.X-Edge-Url;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
