"""Reading a response body within a byte limit, counted on the decoded bytes as they arrive.

A gzip or deflate body is inflated by at most what the limit still allows, so a small
compressed body that would inflate to gigabytes stops at the limit, never past it.
"""

from __future__ import annotations

import zlib
from collections.abc import Mapping

from httpx._decoders import SUPPORTED_DECODERS, ContentDecoder

__all__ = ["BodyTooLarge", "CappedBody", "UndecodableBody"]


class BodyTooLarge(Exception):
    """The body has more than ``limit`` bytes (after decoding)."""

    def __init__(self, limit: int, *, declared: int | None = None) -> None:
        said = f" (Content-Length: {declared})" if declared is not None else ""
        super().__init__(f"the body is larger than max_response_bytes={limit}{said}")
        self.limit = limit


class UndecodableBody(Exception):
    """The body is not in the Content-Encoding the server named."""


class _Overflow(Exception):
    """A decoder was about to produce more than the room left."""


class _Inflater:
    """gzip or deflate, inflating no more than the room it is given."""

    def __init__(self, encoding: str) -> None:
        self._encoding = encoding
        gzip = encoding in ("gzip", "x-gzip")
        self._zlib = zlib.decompressobj(zlib.MAX_WBITS | 16 if gzip else zlib.MAX_WBITS)
        self._may_be_raw = not gzip  # "deflate" is sent both with and without a zlib header
        self._started = False

    def decode(self, data: bytes, room: int) -> bytes:
        try:
            out = self._zlib.decompress(data, room + 1)
        except zlib.error:
            if not (self._may_be_raw and not self._started):
                raise UndecodableBody(f"the body is not valid {self._encoding}") from None
            self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
            try:
                out = self._zlib.decompress(data, room + 1)
            except zlib.error:
                raise UndecodableBody(f"the body is not valid {self._encoding}") from None
        self._started = True
        if self._zlib.unconsumed_tail:  # it stopped at room + 1 bytes: more than allowed
            raise _Overflow
        return out

    def flush(self) -> bytes:
        try:
            return self._zlib.flush()
        except zlib.error:
            raise UndecodableBody(f"the body is not valid {self._encoding}") from None


class _Other:
    """An encoding httpx decodes (br, zstd when their packages are installed); each chunk is
    decoded whole, then counted."""

    def __init__(self, decoder: ContentDecoder, encoding: str) -> None:
        self._decoder = decoder
        self._encoding = encoding

    def decode(self, data: bytes, room: int) -> bytes:
        try:
            return self._decoder.decode(data)
        except Exception:
            raise UndecodableBody(f"the body is not valid {self._encoding}") from None

    def flush(self) -> bytes:
        try:
            return self._decoder.flush()
        except Exception:
            raise UndecodableBody(f"the body is not valid {self._encoding}") from None


class CappedBody:
    """Collects a body chunk by chunk; raises BodyTooLarge as soon as it passes ``limit``."""

    def __init__(self, headers: Mapping[str, str], limit: int) -> None:
        self._limit = limit
        self._total = 0
        self._chunks: list[bytes] = []
        self._decoders: list[_Inflater | _Other] = []
        encodings = [e.strip().lower() for e in headers.get("content-encoding", "").split(",")]
        for encoding in reversed([e for e in encodings if e and e != "identity"]):
            if encoding in ("gzip", "x-gzip", "deflate"):
                self._decoders.append(_Inflater(encoding))
            elif encoding in SUPPORTED_DECODERS:
                self._decoders.append(_Other(SUPPORTED_DECODERS[encoding](), encoding))
            # An encoding httpx does not know is passed through as httpx would.
        declared = headers.get("content-length", "")
        if not self._decoders and declared.isdigit() and int(declared) > limit:
            raise BodyTooLarge(limit, declared=int(declared))

    def _count(self, data: bytes) -> None:
        self._total += len(data)
        if self._total > self._limit:
            raise BodyTooLarge(self._limit)
        self._chunks.append(data)

    def _decode(self, data: bytes, stages: list[_Inflater | _Other]) -> None:
        try:
            for decoder in stages:
                if not data:
                    return
                data = decoder.decode(data, self._limit - self._total)
        except _Overflow:
            raise BodyTooLarge(self._limit) from None
        if data:
            self._count(data)

    def feed(self, raw: bytes) -> None:
        self._decode(raw, self._decoders)

    def finish(self) -> bytes:
        """The whole decoded body, once the last raw chunk was fed."""
        for index, decoder in enumerate(self._decoders):
            self._decode(decoder.flush(), self._decoders[index + 1 :])
        return b"".join(self._chunks)
