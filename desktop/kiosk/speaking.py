"""How kiosk parts speak: through desktop.announce (screen readers and self-voicing alike)."""
from __future__ import annotations


def default_speak(text: str) -> None:
    """Announce `text` assertively; silent until the platform's announce() exists."""
    try:
        from desktop.announce import announce
    except ImportError:  # every spoken text also has a visible counterpart, so nothing is lost
        return
    announce(text, "assertive")
