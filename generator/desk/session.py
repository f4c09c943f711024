"""The desk's cookie: a random browser id, signed with a secret that lives in this process
only, and the CSRF token derived from it.

The cookie holds `id.auth.issued.signature`: no patient detail, nothing to look up on the
server. `auth` is 1 once the passphrase was given (every desk reached over the network
needs it). The CSRF token is an HMAC of the id, so it is bound to this browser's cookie,
cannot be made without the secret, and changes when the id does (at login). A restarted
desk has a new secret: every cookie and token of the old one is void.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time
from dataclasses import dataclass

COOKIE = "handout_desk"
LIFETIME = 12 * 3600  # a clinic day; then the passphrase is asked again


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


@dataclass(frozen=True)
class Session:
    id: str
    authenticated: bool
    issued: int


class Sessions:
    def __init__(self, passphrase: str | None = None, *, secret: bytes | None = None,
                 lifetime: int = LIFETIME, clock=time.time) -> None:
        self._secret = secret or secrets.token_bytes(32)
        # Compared as digests, so the comparison's time says nothing of the length either.
        self._passphrase = hashlib.sha256(passphrase.encode()).digest() if passphrase else None
        self.lifetime, self._clock = lifetime, clock

    @property
    def locked(self) -> bool:
        """Whether a passphrase is needed before anything is served."""
        return self._passphrase is not None

    def _sign(self, text: str) -> str:
        return _b64(hmac.new(self._secret, text.encode("ascii"), hashlib.sha256).digest())

    def issue(self, authenticated: bool = False) -> tuple[Session, str]:
        """A new session and its cookie value."""
        session = Session(secrets.token_urlsafe(24), authenticated, int(self._clock()))
        body = f"{session.id}.{int(authenticated)}.{session.issued}"
        return session, f"{body}.{self._sign(body)}"

    def read(self, value: str | None) -> Session | None:
        """The session a cookie value carries, if this process signed it and it is fresh."""
        if not value or len(value) > 200:
            return None
        parts = value.split(".")
        if len(parts) != 4 or parts[1] not in ("0", "1") or not parts[2].isdigit():
            return None
        body = ".".join(parts[:3])
        if not hmac.compare_digest(self._sign(body), parts[3]):
            return None
        issued = int(parts[2])
        if not 0 <= self._clock() - issued < self.lifetime:
            return None
        return Session(parts[0], parts[1] == "1", issued)

    def allowed(self, session: Session | None) -> bool:
        """Whether this session may use the desk."""
        return session is not None and (session.authenticated or not self.locked)

    def token(self, session: Session) -> str:
        return self._sign(f"csrf.{session.id}")

    def check_token(self, session: Session | None, token: str | None) -> bool:
        if session is None or not token:
            return False
        return hmac.compare_digest(self.token(session).encode(), token.encode("utf-8",
                                                                              "replace"))

    def check_passphrase(self, given: str) -> bool:
        if self._passphrase is None:
            return False
        return hmac.compare_digest(self._passphrase, hashlib.sha256(given.encode(
            "utf-8", "replace")).digest())
