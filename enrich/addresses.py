"""Which network addresses images may be fetched from: public ones, and those the job allow-lists.

The SSRF rules of fetch.py: loopback, private, link-local and other non-public addresses are refused unless the
job's `[fetch] allow_private` names the host or a network holding the address. IPv6 forms that wrap an IPv4
address (mapped, NAT64, 6to4) are judged by that address; deprecated or tunnelling forms are never public.
"""

from __future__ import annotations

import functools
import ipaddress


def allowed(host: str, address: str, allow_private: tuple[str, ...]) -> bool:
    """May `host`, resolved to `address`, be connected to?"""
    if host.lower().rstrip(".") in _allowed_hosts(allow_private):
        return True
    return public(address) or _in_networks(address, allow_private)


# IPv6 forms that carry an IPv4 address or reach networks no image host lives on.
NEVER_PUBLIC_V6 = tuple(
    ipaddress.ip_network(net)
    for net in (
        "::/96",  # IPv4-compatible (deprecated by RFC 4291): ::127.0.0.1
        "::ffff:0:0:0/96",  # IPv4-translated (RFC 2765): ::ffff:0:7f00:1
        "64:ff9b:1::/48",  # local-use NAT64 (RFC 8215): a private translator by definition
        "2001::/32",  # Teredo: tunnels to whatever the obfuscated client address names
        "fec0::/10",  # site-local (deprecated by RFC 3879)
    )
)
NAT64 = ipaddress.ip_network("64:ff9b::/96")  # well-known NAT64 prefix (RFC 6052): the last 32 bits are the IPv4


def public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        if any(ip in network for network in NEVER_PUBLIC_V6):
            return False
        # A translated or tunnelled address is as public as the IPv4 address it reaches.
        nat64 = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF) if ip in NAT64 else None
        ip = ip.ipv4_mapped or ip.sixtofour or nat64 or ip
    return ip.is_global and not ip.is_multicast


def _in_networks(address: str, allowed: tuple[str, ...]) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    return any(ip in network for network in _allowed_networks(allowed))


@functools.cache
def _allowed_networks(allowed: tuple[str, ...]) -> list:
    networks = []
    for entry in allowed:
        try:
            networks.append(ipaddress.ip_network(entry, strict=False))
        except ValueError:
            pass  # a host name: see _allowed_hosts
    return networks


@functools.cache
def _allowed_hosts(allowed: tuple[str, ...]) -> frozenset[str]:
    return frozenset(entry.lower().rstrip(".") for entry in allowed if not _is_network(entry))


def _is_network(entry: str) -> bool:
    try:
        ipaddress.ip_network(entry, strict=False)
        return True
    except ValueError:
        return False
