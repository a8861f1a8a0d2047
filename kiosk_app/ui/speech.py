"""Read-aloud through QtTextToSpeech, with the Mandarin voice chosen by name.

speech-dispatcher with espeak-ng offers no zh_CN locale, only a voice named
like "Chinese (Mandarin…)"; the setting ``speech_voice`` holds the part of the
name to look for. Without an engine or such a voice, :attr:`Speaker.available`
is False and the reader hides its button. Tests use Qt's ``mock`` engine.
"""

from __future__ import annotations

import logging

from kiosk_app.ui.qt import QtCore, Signal, text_to_speech

log = logging.getLogger(__name__)

# Longest text handed to the engine at once; a long regulation is read from its start.
MAX_CHARS = 6000


class Speaker(QtCore.QObject):
    """Speaks text; ``speaking_changed`` tells the reader when to switch its button."""

    speaking_changed = Signal(bool)

    def __init__(self, engine: str | None, voice_pattern: str, parent=None):
        super().__init__(parent)
        self._tts = None
        self.voice_name = ""
        if engine == "":
            return
        module = text_to_speech()
        if module is None:
            return
        tts_cls = module.QTextToSpeech
        engines = tts_cls.availableEngines()
        if engine is not None and engine not in engines or not engines:
            log.info("read-aloud off: engine %r not among %s", engine, engines)
            return
        tts = tts_cls(engine, self) if engine else tts_cls(self)
        if tts.state() == tts_cls.State.Error:
            log.info("read-aloud off: engine %s reports an error", tts.engine())
            tts.deleteLater()
            return
        voice = self._choose_voice(tts, voice_pattern)
        if voice is None:
            log.info("read-aloud off: no voice matching %r in engine %s", voice_pattern, tts.engine())
            tts.deleteLater()
            return
        tts.setVoice(voice)
        self.voice_name = voice.name()
        self._tts = tts
        self._ready_state = tts_cls.State.Ready
        tts.stateChanged.connect(self._on_state)

    @staticmethod
    def _choose_voice(tts, pattern: str):
        pattern = pattern.strip().lower()
        voices = tts.availableVoices()
        if pattern:
            for voice in voices:
                if pattern in voice.name().lower():
                    return voice
        for voice in voices:
            if voice.locale().name().startswith("zh"):
                return voice
        return None

    @property
    def available(self) -> bool:
        return self._tts is not None

    @property
    def speaking(self) -> bool:
        return self._tts is not None and self._tts.state() != self._ready_state

    def say(self, text: str) -> None:
        if self._tts is not None and text.strip():
            self._tts.say(text[:MAX_CHARS])

    def stop(self) -> None:
        if self._tts is not None:
            self._tts.stop()

    def _on_state(self, state) -> None:
        self.speaking_changed.emit(state != self._ready_state)
