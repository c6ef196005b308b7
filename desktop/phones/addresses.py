"""Which addresses the phone server may listen on without asking: the classroom's own network.

A private (RFC 1918, unique-local), link-local or loopback address is reachable only from the room's
Wi-Fi or this machine; anything else may be the internet, so the facilitator must confirm it.
"""

from __future__ import annotations

import ipaddress


def is_public(host: str) -> bool:
    """True for an address reachable from outside a local network (or one that is not an address)."""
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return True  # a name could resolve anywhere: treat it as public
    if address.is_unspecified:
        return True  # 0.0.0.0 listens on every interface, the public ones included
    return not (address.is_private or address.is_loopback or address.is_link_local)


class PublicAddressError(ValueError):
    """Listening on a public address was asked for without the facilitator's confirmation."""
