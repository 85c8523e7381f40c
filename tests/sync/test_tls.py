"""The sync client trusts the OS certificate store, and still verifies."""

from __future__ import annotations

import ssl

import truststore

from ekinerja_desktop.sync.client import ssl_context


def test_the_client_verifies_against_the_os_trust_store() -> None:
    context = ssl_context()
    assert isinstance(context, truststore.SSLContext)
    assert context.verify_mode is ssl.CERT_REQUIRED
    assert context.check_hostname
