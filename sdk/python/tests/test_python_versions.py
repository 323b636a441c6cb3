import ast
import pathlib
import re
import unittest
import xml.etree.ElementTree as ElementTree

import aegis

SDK = pathlib.Path(__file__).resolve().parent.parent
ROOT_POM = SDK.parent.parent / "pom.xml"


def python_version_of(maven_version: str) -> str:
    """The gateway's Maven version as a PEP 440 version: 0.1.0-SNAPSHOT is 0.1.0.dev0, a release is itself."""
    match = re.fullmatch(r"(\d+\.\d+\.\d+)(-SNAPSHOT)?", maven_version)
    if match is None:
        raise ValueError("no Python version for Maven version " + maven_version)
    return match.group(1) + (".dev0" if match.group(2) else "")


def pep604_annotations(tree: ast.AST):
    """Annotations written as X | Y, which Python 3.9 cannot evaluate (typing.get_type_hints does)."""
    for node in ast.walk(tree):
        annotations = []
        if isinstance(node, ast.AnnAssign):
            annotations.append(node.annotation)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            annotations.extend(arg.annotation for arg in node.args.args + node.args.kwonlyargs if arg.annotation)
            annotations.extend([node.returns] if node.returns else [])
        for annotation in annotations:
            text = annotation.value if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str) else ast.unparse(annotation)
            if "|" in text:
                yield "{}: {}".format(getattr(node, "lineno", "?"), text)


class PythonVersionsTest(unittest.TestCase):
    def test_the_sdk_version_follows_the_gateway_version_in_the_root_pom(self):
        namespace = {"m": "http://maven.apache.org/POM/4.0.0"}
        version = ElementTree.parse(ROOT_POM).getroot().find("m:version", namespace).text
        self.assertEqual(aegis.__version__, python_version_of(version))

    def test_the_version_mapping_is_the_documented_one(self):
        self.assertEqual(python_version_of("0.1.0-SNAPSHOT"), "0.1.0.dev0")
        self.assertEqual(python_version_of("1.2.3"), "1.2.3")
        with self.assertRaises(ValueError):
            python_version_of("1.2")

    def test_every_source_file_is_python_3_9_syntax_without_pep_604_annotations(self):
        for path in sorted((SDK / "aegis").rglob("*.py")):
            with self.subTest(file=str(path.relative_to(SDK))):
                tree = ast.parse(path.read_text(encoding="utf-8"), str(path), feature_version=(3, 9))
                self.assertEqual(list(pep604_annotations(tree)), [])

    def test_the_package_is_marked_as_typed(self):
        self.assertTrue((SDK / "aegis" / "py.typed").is_file())


if __name__ == "__main__":
    unittest.main()
