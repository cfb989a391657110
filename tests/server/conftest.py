"""A tiny replica tree (one page of each kind, in the markup of docs/replica.md) and a way to
serve it with a fault profile on 127.0.0.1:0."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from newscrawl.server import RunningServer
from newscrawl.server.faults import FaultInjector, faulty_handler
from newscrawl.server.static import make_server

ARTICLE_PATH = "/tin-tuc/3/159670/tham-tra-xac-minh"
TITLE = "Thẩm tra, xác minh kết quả lãnh đạo, chỉ đạo thực hiện Nghị quyết Đại hội"
BODY = "Chiều ngày 22/9, Đoàn công tác của Ban Thường vụ Tỉnh ủy đã làm việc tại Sở Công Thương."


def _page(title: str, main: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
        f'<title>{title}</title>\n</head>\n<body>\n<div id="wrapper">\n'
        '<div id="header"><a class="logo" href="/">Báo Thái Bình</a></div>\n'
        f'<div id="main">\n{main}\n</div>\n<div id="footer"><p>Báo Thái Bình</p></div>\n'
        "</div>\n</body>\n</html>\n"
    )


ARTICLE = _page(
    TITLE,
    f'<div class="detail">\n<h1 class="detail-title">{TITLE}</h1>\n'
    '<div class="detail-info"><span class="detail-time">Thứ 5, 22/09/2022 | 19:44:07</span>'
    '<span class="detail-view">667 lượt xem</span></div>\n'
    '<div class="detail-sapo">Lời dẫn của bài viết.</div>\n'
    f'<div class="detail-content">\n<p>{BODY}</p>\n<div class="media-line">Video: a.mp4</div>\n'
    '<p style="text-align: right;"><strong>Đào Quyên</strong></p>\n</div>\n</div>',
)

LISTING = _page(
    "Thời sự",
    '<div class="list-news">\n'
    + "".join(
        f'<div class="news-item"><a class="thumb" href="/tin-tuc/3/{i}/bai-{i}"><img src="x.jpg">'
        f'</a><h3 class="news-title"><a href="/tin-tuc/3/{i}/bai-{i}">Bài {i}</a></h3></div>\n'
        for i in range(159660, 159670)
    )
    + "</div>",
)

ARCHIVE_DAY = _page(
    "Tin ngày 22/09/2022",
    '<h1 class="archive-title">Tin ngày 22/09/2022</h1>\n'
    '<div class="box-calendar"><a class="prev-month" href="/xem-tin-theo-ngay/01-08-2022">'
    "« Tháng trước</a></div>\n"
    f'<div class="list-news"><a href="{ARTICLE_PATH}">{TITLE}</a></div>',
)


@pytest.fixture(scope="session")
def replica(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("replica")
    files = {
        "index.html": LISTING,
        "robots.txt": "User-agent: *\nDisallow: /tim-kiem\n",
        "chuyen-muc/3/thoi-su.html": LISTING,
        ARTICLE_PATH.lstrip("/") + ".html": ARTICLE,
        "xem-tin-theo-ngay/22-09-2022.html": ARCHIVE_DAY,
    }
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


Serve = Callable[..., tuple[RunningServer, FaultInjector]]


@pytest.fixture
def serve(replica: Path) -> Iterator[Serve]:
    """serve(spec, seed=None) -> (running server, injector); closed after the test."""
    running: list[RunningServer] = []

    def start(spec: str, seed: int | None = None) -> tuple[RunningServer, FaultInjector]:
        injector = faulty_handler(spec, seed=seed)
        server = make_server(replica, handler=injector)
        # start_server's thread polls for shutdown twice a second; a faster poll keeps the
        # many short-lived servers of these tests from costing half a second each.
        thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        thread.start()
        running.append(RunningServer(server, thread))
        return running[-1], injector

    yield start
    for server in running:
        server.close()
