"""Command-line tool over a library directory: ``python -m kiosk_app.library`` / ``kiosk-library``."""
