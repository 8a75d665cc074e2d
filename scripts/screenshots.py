"""Screenshots of the web app for the docs: runs the offline demo into a temporary folder,
serves the web app on loopback, signs in as the demo partner and photographs the inbox and
the dashboard on a phone (390 px) and a desktop (1280 px) with Debian's chromium.

    .venv/bin/python scripts/screenshots.py [docs/screenshots]
"""

from __future__ import annotations

import io
import socket
import sys
import tempfile
import threading
from pathlib import Path

from rich.console import Console
from werkzeug.serving import make_server

from veille.app.facade import Veille
from veille.cli.sources import print_report
from veille.demo import DEMO_PASSWORD, run_demo
from veille.settings import load_settings
from veille.web import create_web_app

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
SIZES = {"phone": (390, 844), "desktop": (1280, 900)}
PAGES = {"inbox": "/veille", "dashboard": "/tableau-de-bord"}


def main(out: Path) -> None:
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        run_demo(Path(tmp), Console(file=io.StringIO()), print_report)
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = int(probe.getsockname()[1])
        settings = load_settings({}, Path(tmp) / "veille.toml").with_overrides(
            public_url=f"http://127.0.0.1:{port}"
        )
        app = Veille(settings)
        server = make_server("127.0.0.1", port, create_web_app(app), threaded=True)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{port}"
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=FLAGS)
                for size, (width, height) in SIZES.items():
                    page = browser.new_page(viewport={"width": width, "height": height})
                    page.goto(f"{base}/connexion")
                    page.get_by_label("Adresse électronique").fill("partenaire@cci.demo")
                    page.get_by_label("Mot de passe").fill(DEMO_PASSWORD)
                    with page.expect_navigation():
                        page.get_by_role("button", name="Se connecter").click()
                    for name, path in PAGES.items():
                        page.goto(base + path)
                        target = out / f"{name}-{size}.png"
                        page.screenshot(path=str(target), full_page=size == "phone")
                        print(target)
                browser.close()
        finally:
            server.shutdown()
            app.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
