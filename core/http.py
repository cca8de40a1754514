"""Who is at the other end of a request: the client's IP address, reverse proxies accounted for.

Without a proxy, the connection's address (``REMOTE_ADDR``) is the client's. Behind
``TRUSTED_PROXY_COUNT`` reverse proxies that each append the address they were reached from to
``X-Forwarded-For``, the client is the entry that many places from the right. The entries
further left were written by the client itself and prove nothing, so they are never read:
otherwise anyone could escape a rate limit by sending a new header with each request.
"""

import ipaddress

from django.conf import settings

#: How much of an IPv6 address names one subscriber (allauth's default, for the same reason).
IPV6_PREFIX = 64


def client_ip(request) -> str:
    """The client's address, for rate limits and logs; ``REMOTE_ADDR`` when no proxy is trusted
    or the header does not hold an address where one is expected."""
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if proxies <= 0:
        return remote
    header = request.META.get("HTTP_X_FORWARDED_FOR", "")
    forwarded = [entry.strip() for entry in header.split(",") if entry.strip()]
    if len(forwarded) < proxies:
        # Fewer entries than proxies: the request did not come through all of them, and
        # whatever the header holds may have been written by the client.
        return remote
    return _address(forwarded[-proxies]) or remote


def client_bucket(request) -> str:
    """What a rate limit counts by: the client's address, or for IPv6 its /64 network.

    One IPv6 subscriber is handed a whole /64 and can change address within it at will, so
    counting by address would give her a fresh limit with each one; allauth's limits count by
    the /64 too (its ``RATE_LIMIT_IPV6_PREFIX``), so both readings agree.
    """
    address = client_ip(request)
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address
    if parsed.version == 6:
        return str(ipaddress.ip_network(f"{parsed}/{IPV6_PREFIX}", strict=False).network_address)
    return address


def _address(entry: str) -> str | None:
    """The IP address in an X-Forwarded-For entry, without a port some proxies add."""
    candidates = [entry]
    if entry.startswith("["):  # [2001:db8::1]:443
        candidates.append(entry[1:].partition("]")[0])
    elif entry.count(":") == 1:  # 203.0.113.7:443
        candidates.append(entry.partition(":")[0])
    for candidate in candidates:
        try:
            return str(ipaddress.ip_address(candidate))
        except ValueError:
            continue
    return None
