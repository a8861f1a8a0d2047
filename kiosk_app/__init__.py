"""The disclosure kiosk (政务公开自助终端)."""

__version__ = "0.1.0"
