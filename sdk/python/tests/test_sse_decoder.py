import unittest

from aegis._sse import ServerSentEvent, SseDecoder

STREAM = (
    ": a comment the client ignores\r\n"
    "event: run.event\r\n"
    'data: {"type": "run.started"}\r\n'
    "\r\n"
    "event: delta\n"
    "data: first line\n"
    "data:second line without a space\n"
    "data:  two spaces keep one\n"
    "\n"
    "id: 7\r"
    "retry: 1500\r"
    "data: carriage returns alone end lines too\r"
    "\r"
)

EXPECTED = [
    ServerSentEvent("run.event", '{"type": "run.started"}'),
    ServerSentEvent("delta", "first line\nsecond line without a space\n two spaces keep one"),
    ServerSentEvent("message", "carriage returns alone end lines too", "7", 1500),
]


def decode_in_pieces(data: bytes, size: int):
    decoder = SseDecoder()
    events = []
    for start in range(0, len(data), size):
        events.extend(decoder.feed(data[start : start + size]))
    return events


class SseDecoderTest(unittest.TestCase):
    def test_named_events_multi_line_data_comments_and_every_line_ending_are_decoded(self):
        self.assertEqual(SseDecoder().feed(STREAM.encode("utf-8")), EXPECTED)

    def test_events_cut_at_any_byte_decode_the_same(self):
        data = STREAM.encode("utf-8")
        for size in range(1, len(data) + 1):
            with self.subTest(piece_size=size):
                self.assertEqual(decode_in_pieces(data, size), EXPECTED)

    def test_a_character_split_between_chunks_is_not_mangled(self):
        data = "event: delta\ndata: caf\u00e9 \u2713\n\n".encode("utf-8")
        for size in range(1, 6):
            with self.subTest(piece_size=size):
                self.assertEqual(decode_in_pieces(data, size), [ServerSentEvent("delta", "caf\u00e9 \u2713")])

    def test_an_event_is_given_only_once_its_blank_line_arrives(self):
        decoder = SseDecoder()
        self.assertEqual(decoder.feed(b"event: delta\ndata: x\n"), [])
        self.assertEqual(decoder.feed(b"\n"), [ServerSentEvent("delta", "x")])

    def test_a_cr_ending_a_chunk_ends_its_line_at_once_and_the_following_lf_is_not_a_blank_line(self):
        decoder = SseDecoder()
        self.assertEqual(decoder.feed(b"data: x\r"), [])
        self.assertEqual(decoder.feed(b"\n"), [])
        self.assertEqual(decoder.feed(b"\r\n"), [ServerSentEvent("message", "x")])

    def test_an_event_without_data_is_not_dispatched_and_does_not_name_the_next(self):
        events = SseDecoder().feed(b"event: ping\n\ndata: y\n\n")
        self.assertEqual(events, [ServerSentEvent("message", "y")])

    def test_a_leading_byte_order_mark_and_a_field_without_colon_are_handled(self):
        events = SseDecoder().feed(b"\xef\xbb\xbfdata\nevent: delta\ndata: z\n\n")
        self.assertEqual(events, [ServerSentEvent("delta", "\nz")])

    def test_unknown_fields_are_ignored(self):
        self.assertEqual(SseDecoder().feed(b"colour: red\ndata: q\n\n"), [ServerSentEvent("message", "q")])

    def test_an_event_left_open_when_the_stream_ends_is_never_given(self):
        decoder = SseDecoder()
        self.assertEqual(decoder.feed(b"event: run\ndata: {}"), [])


if __name__ == "__main__":
    unittest.main()
