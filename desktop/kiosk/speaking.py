"""How kiosk parts speak: through desktop.announce (screen readers, the status line and self-voicing)."""
from __future__ import annotations

from desktop.announce import announce


def default_speak(text: str) -> None:
    """Announce `text` assertively: kiosk messages (warnings, errors) must not wait behind others."""
    announce(text, "assertive")
