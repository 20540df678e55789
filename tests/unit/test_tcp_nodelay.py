"""Small messages leave at once: the server's connections end up with Nagle's algorithm off."""

import socket
import sys

import pytest

from components.tcp_nodelay import disable_nagle_on_tcp_sockets

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/fd")


def _nodelay(sock: socket.socket) -> bool:
    return bool(sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))


def _accept_one(listener: socket.socket) -> tuple[socket.socket, socket.socket]:
    client = socket.create_connection(listener.getsockname())
    accepted, _ = listener.accept()
    return client, accepted


def test_connections_accepted_later_and_open_now_get_nodelay() -> None:
    with socket.socket(socket.AF_INET) as listener:  # protocol 0, as Streamlit creates its listener
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        client, before = _accept_one(listener)
        with client, before:
            assert not _nodelay(before)  # what asyncio leaves a connection from such a listener with

            assert disable_nagle_on_tcp_sockets() >= 3  # the listener, and both ends of the open connection

            assert _nodelay(listener) and _nodelay(before)
            later_client, later = _accept_one(listener)
            with later_client, later:
                assert _nodelay(later)  # taken from the listener


def test_other_descriptors_are_left_alone(tmp_path) -> None:
    left, right = socket.socketpair()
    with open(tmp_path / "notes.txt", "w") as notes, left, right:
        disable_nagle_on_tcp_sockets()
        notes.write("still open")  # a file, and a local socket pair: untouched and still usable
        left.sendall(b"ok")
        assert right.recv(2) == b"ok"


def test_without_a_descriptor_folder_nothing_happens(tmp_path) -> None:
    assert disable_nagle_on_tcp_sockets(tmp_path / "missing") == 0
