"""The kiosk side: verified download of library updates, staged apply, atomic switch."""
