"""`zhumeng say TEXT`: speak (or render to WAV) through the app's own Speaker, for staff checking a kiosk.

    zhumeng say "客服专员, 3000-5000 元/月"
    zhumeng say "Customer service" --rate 150 --volume 60
    zhumeng say "居家办公" --out /tmp/check.wav          # works without a sound card
    zhumeng say "hello" --voice gmw/en-gb                 # voice for the text's language

Exit status: 0 spoken or written; 2 empty text; 3 speech unavailable (the message names
the reason: no_engine, no_player, no_audio_device, worker_failed); 1 the
worker failed while speaking. Qt is imported only when the command runs,
so `zhumeng import ...` and friends never load it.
"""
from __future__ import annotations

import argparse
import signal
import sys
from typing import Any

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_UNAVAILABLE = 0, 1, 2, 3


def add_command(commands: Any) -> None:
    """Register `say` on the `zhumeng` subcommand parser (as db.cli.add_commands does for its commands)."""
    parser = commands.add_parser("say", help="speak a text (or write it to a WAV file) to check speech",
                                 description=__doc__.split("\n\n")[0])
    parser.add_argument("text", help="what to say; Chinese and English runs get their own voices")
    parser.add_argument("--voice", help="espeak-ng voice for the text's main language (e.g. sit/cmn-latn-pinyin, gmw/en-us)")
    parser.add_argument("--voice-zh", help="voice for Chinese runs (default sit/cmn-latn-pinyin)")
    parser.add_argument("--voice-en", help="voice for English runs (default gmw/en-us)")
    parser.add_argument("--rate", type=int, default=175, help="words a minute, 80-450 (default 175)")
    parser.add_argument("--volume", type=int, default=80, help="0-100 (default 80)")
    parser.add_argument("--lang", choices=("zh", "en"), default="zh", help="language for text without letters")
    parser.add_argument("--out", metavar="FILE.wav", help="write a WAV file instead of playing")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Speak or render `args.text`; print why not and return non-zero if speech is unavailable."""
    from PySide6.QtCore import QCoreApplication, QTimer

    from desktop.speech.pyttsx_speaker import PyttsxSpeaker
    from desktop.speech.script_runs import text_language
    from desktop.speech.speaker import unavailable_code, unavailable_message

    if not args.text.strip():
        print("zhumeng say: nothing to say (the text is empty)", file=sys.stderr)
        return EXIT_USAGE
    # Ctrl+C ends the command at once; the worker dies with it (it asked for PR_SET_PDEATHSIG).
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    voices = {"zh": args.voice_zh, "en": args.voice_en}
    if args.voice:
        voices[text_language(args.text, args.lang)] = args.voice
    speaker = PyttsxSpeaker(rate=max(80, min(450, args.rate)), volume=max(0, min(100, args.volume)),
                            voice_zh=voices["zh"] or "", voice_en=voices["en"] or "", hint=args.lang,
                            prestart=False, need_player=not args.out)

    def why_unavailable(reason: str | None) -> str:
        # Staff at a terminal get the words and the code with its evidence.
        return f"{unavailable_message(reason)} [{unavailable_code(reason, speaker.unavailable_detail)}]"

    if not speaker.available:
        print(f"zhumeng say: {why_unavailable(speaker.unavailable_reason)}", file=sys.stderr)
        return EXIT_UNAVAILABLE
    outcome = {"code": EXIT_FAILED, "why": "speech worker ended without finishing"}

    def finished() -> None:
        outcome["code"] = EXIT_OK
        app.quit()

    def failed(detail: str) -> None:
        outcome.update(code=EXIT_FAILED, why=detail)
        app.quit()

    def unavailable(reason: str) -> None:
        outcome.update(code=EXIT_UNAVAILABLE, why=why_unavailable(reason))
        app.quit()

    speaker.finished.connect(finished)
    speaker.error.connect(failed)
    speaker.unavailable.connect(unavailable)
    if args.out:
        QTimer.singleShot(0, lambda: speaker.render_to_file(args.text, args.out))
    else:
        QTimer.singleShot(0, lambda: speaker.speak(args.text))
    app.exec()
    speaker.shutdown()
    if outcome["code"] != EXIT_OK:
        print(f"zhumeng say: {outcome['why']}", file=sys.stderr)
    elif args.out:
        print(args.out)
    return int(outcome["code"])
