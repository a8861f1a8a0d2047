"""Provisioning from one file, configuration validation, and the sync lock."""

from __future__ import annotations

import json

import pytest

from sync.client.cli import main as client_main
from sync.client.config import load_config, validate
from sync.client.provision import provision
from sync.client.syncer import data_lock, sync_once
from sync.errors import BusyError, ConfigError
from sync.publish.provisioning import make_provisioning, write_provisioning
from sync.publish.repo import PublishError


def test_provisioning_writes_config_and_trusted_root(central, tmp_path):
    doc = make_provisioning(central, base_url="https://cdn.example.invalid/lib/", kiosk_id="hall-7",
                            hall="槐荫区政务服务中心", region="济南", settings={"keep_versions": 3})
    assert central.root.joinpath("kiosks.json").read_text().count("hall-7") == 1
    assert doc["credentials"]["token"] not in central.root.joinpath("kiosks.json").read_text()
    write_provisioning(doc, tmp_path / "p.json")
    cfg = load_config(provision(tmp_path / "p.json", tmp_path / "data"))
    assert cfg.metadata_url == "https://cdn.example.invalid/lib/metadata/"
    assert cfg.keep_versions == 3 and cfg.hall == "槐荫区政务服务中心"
    assert cfg.trusted_root_path.read_bytes().startswith(b"{")
    assert (cfg.path.stat().st_mode & 0o777) == 0o600
    with pytest.raises(ConfigError, match="already provisioned"):
        provision(tmp_path / "p.json", tmp_path / "data")
    with pytest.raises(PublishError, match="already provisioned"):
        make_provisioning(central, base_url="x", kiosk_id="hall-7")


def test_a_damaged_root_is_refused_in_front_of_the_technician(central, tmp_path, capsys):
    doc = make_provisioning(central, base_url="http://127.0.0.1:9", kiosk_id="hall-8")
    doc["trusted_root"]["signed"]["version"] = 7          # breaks the self-signature
    write_provisioning(doc, tmp_path / "bad.json")
    assert client_main(["provision", str(tmp_path / "bad.json"), "--data-dir", str(tmp_path / "d")]) == 2
    assert "not valid self-signed root metadata" in capsys.readouterr().err
    assert not (tmp_path / "d" / "kiosk.json").exists()


def test_settings_are_validated_by_name():
    base = {"kiosk_id": "k", "metadata_url": "http://x/m", "targets_url": "http://x/t"}
    assert validate(base)["metadata_url"] == "http://x/m/"
    with pytest.raises(ConfigError, match="unknown setting 'keep'"):
        validate(dict(base, keep=3))
    with pytest.raises(ConfigError, match="'keep_versions' must be int"):
        validate(dict(base, keep_versions="3"))
    with pytest.raises(ConfigError, match="missing required setting 'targets_url'"):
        validate({"kiosk_id": "k", "metadata_url": "m"})


def test_status_before_the_first_sync_and_a_missing_config(kiosk, capsys, tmp_path):
    assert client_main(["--config", str(kiosk.path), "--status", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["version"] is None and out["state"] == "never synced"
    assert client_main(["--config", str(tmp_path / "nope.json"), "--once"]) == 2
    assert "no configuration file" in capsys.readouterr().err


def test_one_sync_at_a_time(kiosk, publish):
    publish([{"type": "library", "id": "x", "format": 1, "version": 1, "built_at": "2026-11-01T00:00:00+08:00"}])
    with data_lock(kiosk.data_path):
        with pytest.raises(BusyError, match="another sync is running"):
            sync_once(kiosk)
    assert sync_once(kiosk).version == 1
