import contextlib
import io
import pathlib
import re
import unittest

from tests.gateway import AEGIS_URL, requires_gateway

README = pathlib.Path(__file__).resolve().parent.parent / "README.md"


def quickstart() -> str:
    section = README.read_text(encoding="utf-8").split("## Quickstart", 1)[1]
    return re.search(r"```python\n(.*?)```", section, re.S).group(1)


@requires_gateway
class ReadmeQuickstartTest(unittest.TestCase):
    def test_the_quickstart_is_ten_lines_and_runs_as_written(self):
        code = quickstart()
        self.assertLessEqual(len(code.strip().splitlines()), 10)
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            exec(compile(code.replace("http://127.0.0.1:8080", AEGIS_URL), "README quickstart", "exec"), {})
        lines = printed.getvalue().splitlines()
        self.assertEqual(lines[:2], ["paused", "completed"])
        self.assertTrue(any(" paused " in line for line in lines[2:]), lines)


if __name__ == "__main__":
    unittest.main()
