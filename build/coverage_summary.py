"""Print line coverage per source project, merged over every test project's Cobertura report.

A line counts as covered when any test project covered it, so a project tested from two test
projects is not under-reported.
"""
import collections
import pathlib
import sys
import xml.etree.ElementTree as ElementTree


def main(folder: str) -> int:
    lines = collections.defaultdict(dict)  # package -> {(file, line): hits}
    for path in pathlib.Path(folder).rglob("coverage.cobertura.xml"):
        root = ElementTree.parse(path).getroot()
        for package in root.iter("package"):
            name = package.get("name", "?")
            if ".Tests" in name or "TestSupport" in name or "Performance" in name:
                continue
            for class_element in package.iter("class"):
                file_name = class_element.get("filename", "?")
                for line in class_element.iter("line"):
                    key = (file_name, line.get("number"))
                    hits = int(line.get("hits", "0"))
                    lines[name][key] = max(lines[name].get(key, 0), hits)

    if not lines:
        print("no coverage reports found")
        return 0

    print("line coverage per project:")
    for name in sorted(lines):
        total = len(lines[name])
        covered = sum(1 for hits in lines[name].values() if hits > 0)
        percent = 100.0 * covered / total if total else 0.0
        print(f"  {name}: {percent:.1f}% ({covered}/{total} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "TestResults"))
