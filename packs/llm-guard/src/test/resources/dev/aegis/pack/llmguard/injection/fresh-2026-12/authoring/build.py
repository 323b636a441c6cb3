"""Writes fresh.jsonl from the hand-written lists in this folder. Run: python3 build.py OUT_DIR"""
import json
import sys

import benign_a
import benign_docs
import benign_trigger
import direct_a
import direct_b
import direct_c
import direct_d
import indirect
import obfuscated


def rows():
    for module in (direct_a, direct_b, direct_c, direct_d):
        for category, text in module.ITEMS:
            yield "direct", category, True, "prompt", text
    for category, target, text in indirect.ITEMS:
        yield "indirect", category, True, target, text
    for category, text in obfuscated.build():
        yield "obfuscated", category, True, "prompt", text
    for text in benign_a.ITEMS:
        yield "benign-prompt", "benign-prompt", False, "prompt", text
    for text in benign_trigger.ITEMS:
        yield "benign-trigger", "benign-trigger", False, "prompt", text
    for target, text in benign_docs.ITEMS:
        yield "benign-document", "benign-document", False, target, text


def main(out_dir):
    seen = set()
    with open(out_dir + "/fresh.jsonl", "w", encoding="utf-8") as out:
        for n, (group, category, attack, target, text) in enumerate(rows(), 1):
            assert text not in seen, text
            seen.add(text)
            out.write(json.dumps({"id": "f%04d" % n, "group": group, "category": category, "attack": attack,
                                  "target": target, "text": text}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
