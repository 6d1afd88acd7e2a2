"""A contactless card on a vsmartcard ``vpcd`` virtual reader, in plain stdlib Python.

Debian's ``vicc`` cannot answer ``FF CA 00 00 00`` (stack-notes §5), so the tests use this instead.
It connects to the vpcd driver inside pcscd (TCP, 127.0.0.1:35963 for ``Virtual PCD 00 00``,
35964 for ``00 01`` with the stock configuration) and stays "on the reader" until it is killed,
its ``--seconds`` run out, or pcscd closes the socket. Closing the socket is a card removal.

The vpcd protocol: every message is a 2-byte big-endian length followed by the payload.
1-byte payloads from vpcd are control messages (0 power off, 1 power on, 2 reset, 4 "send the
ATR"); only the ATR request is answered. Anything longer is a command APDU and gets a response
APDU: ``FF CA 00 00 00`` (PC/SC "get data: UID") -> UID + ``90 00``, everything else ``6D 00``.
With ``--no-uid`` it is a card that has no UID to give (a contact chip card): ``6A 81``.

    python fake_card.py 04A1B2C3 --port 35963 --seconds 30
"""

from __future__ import annotations

import argparse
import select
import socket
import sys
import time

GET_UID = bytes.fromhex("FFCA000000")
# PC/SC part 3 ATR of a contactless MIFARE Classic 1K card as a CCID reader reports it.
DEFAULT_ATR = "3B8F8001804F0CA000000306030001000000006A"
CTRL_OFF, CTRL_ON, CTRL_RESET, CTRL_ATR = 0, 1, 2, 4


def frame(payload: bytes) -> bytes:
    return len(payload).to_bytes(2, "big") + payload


def answer(payload: bytes, *, uid: bytes | None, atr: bytes) -> bytes | None:
    """The reply to one message from vpcd, or None for control messages that need none."""
    if len(payload) == 1:
        return atr if payload[0] == CTRL_ATR else None
    if payload == GET_UID:
        return b"\x6a\x81" if uid is None else uid + b"\x90\x00"
    return b"\x6d\x00"


def connect(host: str, port: int, deadline: float) -> socket.socket:
    while True:
        try:
            return socket.create_connection((host, port), timeout=1.0)
        except OSError:
            if time.monotonic() >= deadline:
                raise
            time.sleep(0.05)


def serve(sock: socket.socket, *, uid: bytes | None, atr: bytes, deadline: float) -> None:
    buffer = b""
    # pcscd polls the card several times a second, so a recv timeout alone would never fire:
    # the deadline is checked on every turn of the loop (stack-notes §5 pitfall).
    while time.monotonic() < deadline:
        readable, _, _ = select.select([sock], [], [], 0.1)
        if not readable:
            continue
        chunk = sock.recv(4096)
        if not chunk:
            return  # pcscd went away
        buffer += chunk
        while len(buffer) >= 2 and len(buffer) >= 2 + int.from_bytes(buffer[:2], "big"):
            size = int.from_bytes(buffer[:2], "big")
            payload, buffer = buffer[2 : 2 + size], buffer[2 + size :]
            reply = answer(payload, uid=uid, atr=atr)
            if reply is not None:
                sock.sendall(frame(reply))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("uid", help="card UID in hex, e.g. 04A1B2C3")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=35963)
    parser.add_argument("--seconds", type=float, default=30.0, help="remove the card after this long")
    parser.add_argument("--atr", default=DEFAULT_ATR)
    parser.add_argument("--no-uid", action="store_true", help="answer FF CA 00 00 00 with 6A 81")
    args = parser.parse_args(argv)
    deadline = time.monotonic() + args.seconds
    with connect(args.host, args.port, deadline) as sock:
        print("inserted", flush=True)
        uid = None if args.no_uid else bytes.fromhex(args.uid)
        serve(sock, uid=uid, atr=bytes.fromhex(args.atr), deadline=deadline)
    return 0


if __name__ == "__main__":
    sys.exit(main())
