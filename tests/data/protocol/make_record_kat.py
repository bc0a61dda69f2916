#!/usr/bin/python3
"""Writes record-kat.json and record-kat-origin.json with an implementation independent of
ActaCapture's C++ code
(Python's json module and the `cryptography` package), so tst_records checks the C++
serializer and signer against a second implementation of docs/protocol.md.

Python's json.dumps(sort_keys=True, separators=(",", ":"), ensure_ascii=False) follows the
same rules: keys sorted by code point, no whitespace, only '"', '\\' and control characters
escaped (\\b \\f \\n \\r \\t, else \\u00xx in lowercase), integers written as integers.
"""
import base64
import hashlib
import json
import pathlib

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

seed = bytes(range(32))
record = {
    "format": "actacapture.record/1",
    "station_id": "EST-0A1B2C3D4E5F",
    "seq": 7,
    "clave_acta": "010338B010002",
    "template_id": "diputaciones-federales-2027",
    "version": 2,
    "values": {"PAN": "85", "PRI": "ILEGIBLE", "MORENA": "120", "NO_REGISTRADOS": "SIN_DATO", "NULOS": "3"},
    "total_calculado": 208,
    "contabilizada": True,
    "observaciones": "Ilegible, Sin dato",
    "image_sha256": hashlib.sha256(b"acta 010338B010002").hexdigest(),
    "received_at": "2027-06-06T02:15:30.125Z",
    "captured_at": "2027-06-06T02:20:01.000Z",
    "verified_at": "2027-06-06T02:31:45.500Z",
    "utc_offset_min": -360,
    "entered_by": ["maría.peña", "capturista2"],
    "verified_by": "capturista2",
    "sin_acta_reason": None,
    "simulated": True,
}
# The same record with the optional keys of how the acta came in and how it was checked
# (records without them keep the bytes, and so the signatures, they always had).
record_origin = dict(record, origen="CASILLA", digitalizacion="MOVIL", tipo_documento="Acta Prisión",
                     cotejada=2, identity_typed=True)


def write_kat(name, record, description):
    canonical = json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    key = Ed25519PrivateKey.from_private_bytes(seed)
    public = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    signature = key.sign(canonical.encode("utf-8"))
    fingerprint = hashlib.blake2b(public, digest_size=32).hexdigest()[:32]
    kat = {
        "description": description,
        "seed_hex": seed.hex(),
        "public_key_hex": public.hex(),
        "fingerprint": "-".join(fingerprint[i:i + 4] for i in range(0, 32, 4)),
        "canonical_record": canonical,
        "signature_base64": base64.b64encode(signature).decode("ascii"),
        "envelope": json.dumps({"key": "-".join(fingerprint[i:i + 4] for i in range(0, 32, 4)),
                                "record": record,
                                "signature": base64.b64encode(signature).decode("ascii")},
                               sort_keys=True, separators=(",", ":"), ensure_ascii=False),
    }
    out = pathlib.Path(__file__).with_name(name)
    out.write_text(json.dumps(kat, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


write_kat("record-kat.json", record,
          "Known-answer vector for actacapture.record/1 signed with Ed25519 (docs/protocol.md)")
write_kat("record-kat-origin.json", record_origin,
          "Known-answer vector for actacapture.record/1 with origen, digitalizacion, tipo_documento, cotejada "
          "and identity_typed, signed with Ed25519 (docs/protocol.md)")
