"""The provisioning file's intake section: made centrally, checked and written on the kiosk."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from kiosk_app.core.intake.crypto import load_office_key, office_key_pem
from kiosk_app.core.intake.service import IntakeConfig, IntakePaths
from sync.client.cli import main as client_main
from sync.client.config import load_config
from sync.client.provision import DEFAULT_OUTBOX, provision
from sync.errors import ConfigError
from sync.publish.cli import main as central_main
from sync.publish.provisioning import (OFFICE_PRIVATE_KEY, OFFICE_PUBLIC_KEY, make_provisioning,
                                       write_provisioning)
from sync.publish.repo import PublishError


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_the_intake_section_becomes_the_kiosks_intake_files(central, tmp_path):
    doc = make_provisioning(central, base_url="https://cdn.example.invalid/lib", kiosk_id="hall-1",
                            intake={"office": "历下区人民政府办公室", "phone": "0531-86012345",
                                    "status_url": "https://gk.example.gov.cn/status/{code}",
                                    "office_closes_at": "17:00"})
    assert doc["intake"]["tracking_prefix"] == "222"        # the first free prefix
    write_provisioning(doc, tmp_path / "p.json")
    assert "PRIVATE KEY" not in (tmp_path / "p.json").read_text(encoding="utf-8")
    cfg = load_config(provision(tmp_path / "p.json", tmp_path / "data"))
    assert cfg.outbox == DEFAULT_OUTBOX
    paths = IntakePaths(cfg.data_path)
    intake = IntakeConfig.load(paths.config)
    assert intake.provisioned and intake.tracking_prefix == "222" and intake.office == "历下区人民政府办公室"
    assert intake.phone == "0531-86012345" and intake.office_closes_at == dt.time(17, 0)
    assert intake.status_url == "https://gk.example.gov.cn/status/{code}"
    # the kiosk seals for the key whose private half the central side keeps
    private = serialization.load_pem_private_key((central.root / OFFICE_PRIVATE_KEY).read_bytes(), None)
    assert office_key_pem(load_office_key(paths.office_key)) == office_key_pem(private.public_key())
    assert mode(paths.folder) == 0o700 and mode(paths.config) == 0o600 and mode(paths.office_key) == 0o600
    assert mode(central.root / OFFICE_PRIVATE_KEY) == 0o600


def test_prefixes_are_unique_and_the_office_key_is_made_once(central):
    first = make_provisioning(central, base_url="http://x", kiosk_id="k-1")
    second = make_provisioning(central, base_url="http://x", kiosk_id="k-2")
    assert (first["intake"]["tracking_prefix"], second["intake"]["tracking_prefix"]) == ("222", "223")
    assert first["intake"]["office_public_key"] == second["intake"]["office_public_key"]
    assert first["intake"]["office_public_key"] == (central.root / OFFICE_PUBLIC_KEY).read_text()
    own = make_provisioning(central, base_url="http://x", kiosk_id="k-3", intake={"tracking_prefix": "JN7"})
    assert own["intake"]["tracking_prefix"] == "JN7"
    with pytest.raises(PublishError, match="'JN7' is already held by kiosk 'k-3'"):
        make_provisioning(central, base_url="http://x", kiosk_id="k-4", intake={"tracking_prefix": "JN7"})
    with pytest.raises(PublishError, match="reserved"):
        make_provisioning(central, base_url="http://x", kiosk_id="k-4", intake={"tracking_prefix": "DEV"})
    with pytest.raises(PublishError, match="tracking_prefix: kiosk prefix must be 3 characters"):
        make_provisioning(central, base_url="http://x", kiosk_id="k-4", intake={"tracking_prefix": "J0"})
    registry = json.loads((central.root / "kiosks.json").read_text(encoding="utf-8"))
    assert "k-4" not in registry and registry["k-3"]["tracking_prefix"] == "JN7"
    assert "intake" not in make_provisioning(central, base_url="http://x", kiosk_id="k-5", with_intake=False)


def test_a_setting_overrides_the_outbox_and_no_section_leaves_no_intake_files(central, tmp_path):
    doc = make_provisioning(central, base_url="http://x", kiosk_id="k-1", with_intake=False,
                            settings={"outbox": "tests.sync.sqlite_outbox:open_outbox"})
    write_provisioning(doc, tmp_path / "p.json")
    cfg = load_config(provision(tmp_path / "p.json", tmp_path / "data"))
    assert cfg.outbox == "tests.sync.sqlite_outbox:open_outbox"
    assert not IntakePaths(cfg.data_path).folder.exists()


def _ed25519_public_pem() -> str:
    return Ed25519PrivateKey.generate().public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo).decode()


def _x25519_private_pem() -> str:
    return X25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()).decode()


@pytest.mark.parametrize("change, message", [
    ({"tracking_prefix": "K0M"}, "intake.tracking_prefix: kiosk prefix must be 3 characters"),
    ({"tracking_prefix": None}, "intake.tracking_prefix must be a string"),
    ({"office_public_key": ""}, "intake.office_public_key is missing"),
    ({"office_public_key": "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"},
     "office_public_key is not the office's X25519 public key in PEM form (the key is not a PEM public key)"),
    ({"office_public_key": _ed25519_public_pem()}, "holds a Ed25519PublicKey, not an X25519 public key"),
    ({"office_public_key": _x25519_private_pem()}, "is not the office's X25519 public key"),
    ({"status_url": "ftp://gk.example.gov.cn/{code}"}, "intake.status_url must be an http(s) address"),
    ({"status_url": "https://gk.example.gov.cn/status"}, "with {code} where the tracking code goes"),
    ({"office_closes_at": "5pm"}, "intake.office_closes_at must be a time of day as HH:MM"),
    ({"office": "办" * 101}, "intake.office is longer than 100 characters"),
    ({"phone": 12345}, "intake.phone must be a string"),
    ({"fax": "0531"}, "intake: unknown field 'fax'"),
])
def test_a_bad_intake_section_fails_before_anything_is_written(central, tmp_path, change, message):
    doc = make_provisioning(central, base_url="http://x", kiosk_id="k-1")
    doc["intake"].update(change)
    write_provisioning(doc, tmp_path / "p.json")
    with pytest.raises(ConfigError) as info:
        provision(tmp_path / "p.json", tmp_path / "data")
    assert message in info.value.message
    assert "PRIVATE" not in info.value.message and "AAAA" not in info.value.message
    assert not (tmp_path / "data").exists()


def test_an_intake_section_that_is_not_an_object_is_refused(central, tmp_path):
    doc = make_provisioning(central, base_url="http://x", kiosk_id="k-1")
    doc["intake"] = "K7M"
    write_provisioning(doc, tmp_path / "p.json")
    with pytest.raises(ConfigError, match="intake must be a JSON object"):
        provision(tmp_path / "p.json", tmp_path / "data")


def test_the_command_lines_carry_the_intake_options(central, tmp_path, capsys):
    office = X25519PrivateKey.generate()
    (tmp_path / "office.pub.pem").write_bytes(office_key_pem(office.public_key()))
    out = tmp_path / "hall-9.json"
    assert central_main(["provisioning", str(central.root), "--base-url", "http://127.0.0.1:9",
                         "--kiosk-id", "hall-9", "--tracking-prefix", "JN7", "--office", "槐荫区人民政府办公室",
                         "--phone", "0531-87654321", "--office-closes-at", "17:30",
                         "--office-key", str(tmp_path / "office.pub.pem"), "--out", str(out)]) == 0
    assert "tracking prefix JN7" in capsys.readouterr().out
    assert not (central.root / OFFICE_PRIVATE_KEY).exists()      # the office brought its own key
    assert client_main(["provision", str(out), "--data-dir", str(tmp_path / "kiosk")]) == 0
    intake = IntakeConfig.load(IntakePaths(tmp_path / "kiosk").config)
    assert (intake.tracking_prefix, intake.office_closes_at) == ("JN7", dt.time(17, 30))
    assert office_key_pem(load_office_key(IntakePaths(tmp_path / "kiosk").office_key)) == \
        office_key_pem(office.public_key())
    assert central_main(["provisioning", str(central.root), "--base-url", "http://x", "--kiosk-id", "hall-10",
                         "--office-closes-at", "half past five", "--out", str(tmp_path / "bad.json")]) == 1
    assert "office_closes_at must be a time of day as HH:MM" in capsys.readouterr().err
    assert not (tmp_path / "bad.json").exists()
