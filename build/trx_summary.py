"""Count test outcomes in the TRX files under a folder and print "N passed, N failed, N skipped".

The CI reads only this line, not the summary dotnet test prints. Exit status 1 when any test
failed or when no result was found, because an empty run must not look green.
"""
import pathlib
import sys
import xml.etree.ElementTree as ElementTree

NAMESPACE = "{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}"


def main(folder: str) -> int:
    passed = failed = skipped = 0
    files = sorted(pathlib.Path(folder).rglob("*.trx"))
    for path in files:
        root = ElementTree.parse(path).getroot()
        for result in root.iter(f"{NAMESPACE}UnitTestResult"):
            outcome = result.get("outcome", "")
            if outcome == "Passed":
                passed += 1
            elif outcome == "NotExecuted":
                skipped += 1
            else:
                failed += 1
                print(f"FAILED: {result.get('testName')} ({outcome})")

    if not files:
        print("no TRX files found: the tests did not run")
        failed += 1

    print(f"{passed} passed, {failed} failed, {skipped} skipped")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "TestResults"))
