"""Fixtures for sync tests: a central repository, a loopback server, a provisioned kiosk."""

from __future__ import annotations

import gzip
import json
import random
from pathlib import Path

import pytest

from sync.client.config import KioskConfig, load_config
from sync.client.provision import provision
from sync.publish import release
from sync.publish.provisioning import make_provisioning, write_provisioning
from sync.publish.repo import CentralRepo
from tests.helpers import factory
from tests.sync.server import RepoServer

_HANZI = "政务公开信息申请办理条例规定本市行政区域内单位个人应当依法履行职责保障权益监督管理服务"
FAST = {"timeout_s": 0.5, "attempts": 4, "backoff_s": 0.01, "chunk_bytes": 1024,
        "min_free_bytes": 0, "busy_wait_s": 3.0}


def library_records(n_docs: int = 40, *, edition: str = "", drop: tuple[int, ...] = (),
                    change: tuple[int, ...] = (), body_repeat: int = 3) -> list[dict]:
    """A small valid library: documents, an interpretation and a FAQ that point at them."""
    records = [factory.header(1)]
    for i in range(n_docs):
        if i in drop:
            continue
        title = f"济南市政策文件第{i}号" + (edition if i in change else "")
        doc = factory.document(f"doc-{i:05d}", title)
        rng = random.Random(f"{i}{edition if i in change else ''}")
        doc["body"] = [{"kind": "article", "label": f"第{j + 1}条",
                        "text": "".join(rng.choice(_HANZI) for _ in range(80))} for j in range(body_repeat)]
        records.append(doc)
    kept = [i for i in range(n_docs) if i not in drop]
    records.append(factory.interpretation("interp-1", f"doc-{kept[0]:05d}"))
    records.append(factory.faq("faq-1", [f"doc-{i:05d}" for i in kept[:3]]))
    return records


def write_export(path: Path, records: list[dict]) -> Path:
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


@pytest.fixture
def central(tmp_path) -> CentralRepo:
    return CentralRepo.init(tmp_path / "central", library_id="test-lib", title="测试库")


@pytest.fixture
def publish(central, tmp_path):
    """publish(records) -> Release: publish the next version of the central library."""
    counter = {"n": 0}

    def run(records: list[dict]):
        counter["n"] += 1
        path = write_export(tmp_path / f"export-{counter['n']}.jsonl.gz", records)
        return release.publish(central, path)
    return run


@pytest.fixture
def server(central):
    with RepoServer(central.root / "repository", stall_seconds=2.0) as srv:
        yield srv


def provision_kiosk(central: CentralRepo, base_url: str, data_dir: Path, kiosk_id: str = "hall-01",
                    **settings) -> KioskConfig:
    doc = make_provisioning(central, base_url=base_url, kiosk_id=kiosk_id, hall="历下区政务服务中心",
                            region="济南", settings=dict(FAST, **settings))
    file = data_dir.parent / f"{kiosk_id}-provision.json"
    write_provisioning(doc, file)
    return load_config(provision(file, data_dir))


@pytest.fixture
def kiosk(central, server, tmp_path) -> KioskConfig:
    return provision_kiosk(central, server.url, tmp_path / "kiosk")
