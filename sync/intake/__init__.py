"""A reference central intake: receives kiosk items and heartbeats, sends status updates back.

Small on purpose (Flask + SQLite); the contract is ``openapi.yaml``, so the
office may replace it with its own service.
"""
