"""The package as a clinic gets it: build the sdist and wheel, check them with twine,
install the wheel into a fresh virtual environment in a temporary folder outside the
repository, and there use it from an empty folder, then in a clinic project of its own.

Run by .ci/run after the tests: python .ci/wheel_smoke.py
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# A 1x1 PNG: the clinic's logo.
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDw"
                       "AEhQGAhKmMIQAAAABJRU5ErkJggg==")
BLOCK = "content/en/risks-and-warning-signs.md"


def run(*args, cwd: Path, check: bool = True) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("HANDOUT_")}
    done = subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True,
                          text=True)
    if check and done.returncode != 0:
        sys.exit(f"FAILED: {' '.join(map(str, args))} (in {cwd})\n{done.stdout}\n{done.stderr}")
    return done


def pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return "".join("".join(page.extract_text() for page in PdfReader(path).pages).split())


def alt_texts(path: Path) -> list[str]:
    """Every figure's /Alt in the PDF's structure tree."""
    from pypdf import PdfReader

    from generator.pdf import structure_elements

    tree = PdfReader(path).trailer["/Root"]["/StructTreeRoot"]
    return [str(e["/Alt"]) for e in structure_elements(tree, "/Figure") if "/Alt" in e]


def expect(condition: bool, what: str) -> None:
    if not condition:
        sys.exit(f"FAILED: {what}")
    print(f"ok: {what}")


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="handout-wheel-") as tmp:
        tmp = Path(tmp)
        expect(not tmp.is_relative_to(REPO), "the temporary folder is outside the repository")
        dist = tmp / "dist"
        run(sys.executable, "-m", "build", "--sdist", "--wheel", "-o", dist, REPO, cwd=tmp)
        built = sorted(dist.iterdir())
        run(sys.executable, "-m", "twine", "check", "--strict", *built, cwd=tmp)
        expect(len(built) == 2, "twine accepts the sdist and the wheel")
        venv.create(tmp / "venv", with_pip=True)
        handout = tmp / "venv" / "bin" / "handout"
        wheel = next(p for p in built if p.suffix == ".whl")
        run(tmp / "venv" / "bin" / "pip", "install", "-q", wheel, cwd=tmp)

        empty = tmp / "empty"
        empty.mkdir()
        run(handout, "render", "what-are-exosomes", "--lang", "zh-TW", "-o", "zh.pdf",
            cwd=empty)
        run(handout, "render", "what-are-exosomes", "--lang", "en", "-o", "en.pdf", cwd=empty)
        expect("外泌體是什麼" in pdf_text(empty / "zh.pdf"), "a zh-TW PDF from an empty folder")
        expect("Whatareexosomes?" in pdf_text(empty / "en.pdf"), "an English PDF too")
        expect(sorted(p.name for p in empty.iterdir()) == ["en.pdf", "zh.pdf"],
               "nothing else was written in the folder")
        listed = json.loads(run(handout, "list", "--json", cwd=empty).stdout)["library"]
        expect(listed["project"] is None and "site-packages" in listed["library"],
               "list --json says the bundled library was used")

        run(handout, "init", "clinic", cwd=tmp)
        clinic = tmp / "clinic"
        (clinic / "logo.png").write_bytes(PNG)
        config = clinic / "handout.toml"
        config.write_text('clinic = "Lin Family Clinic"\nlogo = "logo.png"\n'
                          'logo_alt = "Lin Family Clinic logo, a green leaf"\n'
                          + config.read_text(encoding="utf-8"), encoding="utf-8")
        run(handout, "override", BLOCK, cwd=clinic)
        block = clinic / BLOCK
        text = block.read_text(encoding="utf-8")
        block.write_text(text.replace("**Infection.**", "**Infection from germs.**", 1),
                         encoding="utf-8")
        run(handout, "render", "side-effects-and-safety", "--lang", "en", "-o", "after.pdf",
            cwd=clinic)
        after = pdf_text(clinic / "after.pdf")
        expect("Infectionfromgerms." in after, "the override is printed")
        expect("LinFamilyClinic" in after, "the clinic's name is printed")
        expect("Lin Family Clinic logo, a green leaf" in alt_texts(clinic / "after.pdf"),
               "the logo carries its alt text")
        checked = json.loads(run(handout, "check", "--format", "json", cwd=clinic,
                                 check=False).stdout)
        expect([o["path"] for o in checked["overrides"]] == [BLOCK],
               "check lists the override")
        stale = [f for f in checked["findings"] if f["rule"] == "TRN002"]
        expect(len(stale) == 1 and "zh-TW/risks-and-warning-signs.md" in stale[0]["path"],
               "check reports the zh-TW translation stale")


if __name__ == "__main__":
    main()
