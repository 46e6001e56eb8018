"""Serves a built site on 127.0.0.1 the way GitHub Pages serves it, for bench/lighthouse.sh.

python's plain http.server sends every file uncompressed; GitHub Pages compresses text (HTML, CSS,
JavaScript, SVG, XML, JSON) with gzip for clients that accept it and lets browsers cache for 10
minutes. Measuring over the plain server would charge the long pages for bytes no reader downloads.
    python3 bench/pages-server.py PORT FOLDER
"""
import gzip
import io
import http.server
import sys
from functools import partial

COMPRESSED = ("text/", "application/javascript", "application/json", "application/xml", "image/svg+xml")


class PagesHandler(http.server.SimpleHTTPRequestHandler):
    def send_head(self):
        path = self.translate_path(self.path)
        kind = self.guess_type(path)
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        try:
            with open(path, "rb") as f:
                body = f.read()
        except OSError:
            return super().send_head()  # folders, redirects and 404s as the plain server does them
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Cache-Control", "max-age=600")
        if accepts and kind.startswith(COMPRESSED):
            body = gzip.compress(body, 6)
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    port, folder = int(sys.argv[1]), sys.argv[2]
    handler = partial(PagesHandler, directory=folder)
    http.server.ThreadingHTTPServer(("127.0.0.1", port), handler).serve_forever()
