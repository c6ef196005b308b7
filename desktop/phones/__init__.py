"""The phones' server: HTTP for the phone page and a WebSocket per phone, on its own thread (no Qt)."""
