"""A Socket Mode endpoint on loopback: the WebSocket side of Slack, enough for slack_sdk.

It accepts the client's handshake, says hello, pushes envelopes the test hands it, answers
pings, and records the acknowledgements (envelope ids) the app sends back.
"""

from __future__ import annotations

import base64
import hashlib
import json
import socket
import struct
import threading
import time
from typing import Any

_GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"


def _frame(payload: bytes, opcode: int = 0x1) -> bytes:
    head = bytes([0x80 | opcode])
    n = len(payload)
    if n < 126:
        head += bytes([n])
    elif n < 65536:
        head += bytes([126]) + struct.pack(">H", n)
    else:
        head += bytes([127]) + struct.pack(">Q", n)
    return head + payload


def _read_exact(conn: socket.socket, n: int) -> bytes:
    data = b""
    while len(data) < n:
        chunk = conn.recv(n - len(data))
        if not chunk:
            raise ConnectionError("closed")
        data += chunk
    return data


def _read_frame(conn: socket.socket) -> tuple[int, bytes]:
    b1, b2 = _read_exact(conn, 2)
    opcode, masked, n = b1 & 0x0F, b2 & 0x80, b2 & 0x7F
    if n == 126:
        n = struct.unpack(">H", _read_exact(conn, 2))[0]
    elif n == 127:
        n = struct.unpack(">Q", _read_exact(conn, 8))[0]
    mask = _read_exact(conn, 4) if masked else b"\0\0\0\0"
    data = bytes(b ^ mask[i % 4] for i, b in enumerate(_read_exact(conn, n)))
    return opcode, data


class FakeSocketMode:
    def __init__(self) -> None:
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen(4)
        self.conn: socket.socket | None = None
        self.acks: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        self._connected = threading.Event()
        self._stop = False
        threading.Thread(target=self._serve, daemon=True).start()

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.listener.getsockname()[1]}/link/?ticket=test"

    def _serve(self) -> None:
        while not self._stop:
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            request = b""
            while b"\r\n\r\n" not in request:
                chunk = conn.recv(4096)
                if not chunk:
                    break
                request += chunk
            key = ""
            for line in request.decode("latin-1").split("\r\n"):
                if line.lower().startswith("sec-websocket-key:"):
                    key = line.split(":", 1)[1].strip()
            accept = base64.b64encode(hashlib.sha1(key.encode() + _GUID).digest()).decode()
            conn.sendall(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                          f"Connection: Upgrade\r\nSec-WebSocket-Accept: {accept}\r\n\r\n").encode())
            hello = {"type": "hello", "num_connections": 1, "connection_info": {"app_id": "A0APP"},
                     "debug_info": {"host": "fake", "approximate_connection_time": 3600}}
            conn.sendall(_frame(json.dumps(hello).encode()))
            with self._lock:
                self.conn = conn
            self._connected.set()
            self._read_loop(conn)

    def _read_loop(self, conn: socket.socket) -> None:
        while not self._stop:
            try:
                opcode, data = _read_frame(conn)
            except (ConnectionError, OSError):
                return
            if opcode == 0x9:  # ping
                with self._lock:
                    conn.sendall(_frame(data, 0xA))
            elif opcode == 0x8:
                return
            elif opcode == 0x1:
                try:
                    message = json.loads(data)
                except ValueError:
                    continue
                with self._lock:
                    self.acks.append(message)

    def wait_connected(self, timeout: float = 20.0) -> bool:
        return self._connected.wait(timeout)

    def push(self, envelope: dict[str, Any]) -> None:
        with self._lock:
            assert self.conn is not None, "no Socket Mode client connected"
            self.conn.sendall(_frame(json.dumps(envelope).encode()))

    def wait_ack(self, envelope_id: str, timeout: float = 10.0) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                if any(a.get("envelope_id") == envelope_id for a in self.acks):
                    return True
            time.sleep(0.02)
        return False

    def close(self) -> None:
        self._stop = True
        try:
            self.listener.close()
            if self.conn:
                self.conn.close()
        except OSError:
            pass
