"""Where the weights of ``--model hf`` come from: a local folder or the hub, and which revision.

Split from runners/hf.py: path/hub-id rules, the offline switches, a quick reachability check of the
hub, and the identity (commit or fingerprint) that goes into summary.json and the generation cache key.
No torch or transformers at import time.
"""
from __future__ import annotations

import hashlib
import os
import re
import socket
from pathlib import Path
from typing import Optional
from urllib.parse import urlsplit


def weights_help(model_path: str) -> str:
    return (
        "download the weights on a machine with network access, e.g. "
        f"`hf download {model_path} --local-dir DIR` (older huggingface_hub: "
        f"`huggingface-cli download {model_path} --local-dir DIR`), copy DIR here and pass --model-path DIR"
    )


def _looks_like_local_path(text: str) -> bool:
    """A hub id is ``name`` or ``owner/name``; anything else is meant as a folder."""
    return (
        text.startswith((".", "/", "~"))
        or text.count("/") > 1
        or "\\" in text
        or os.path.exists(text)
    )


def _offline() -> bool:
    value = os.environ.get("HF_HUB_OFFLINE", "") or os.environ.get("TRANSFORMERS_OFFLINE", "")
    return value.strip().lower() in ("1", "true", "yes", "on")


def _hub_reachable(timeout: float = 3.0) -> bool:
    """A quick TCP check of the hub endpoint, so that a machine without network
    fails in seconds instead of sitting through huggingface_hub's retries.
    Behind a proxy (HTTPS_PROXY set) the check is skipped and the hub is tried."""
    if any(os.environ.get(k) for k in ("HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy")):
        return True

    url = urlsplit(os.environ.get("HF_ENDPOINT") or "https://huggingface.co")
    port = url.port or (443 if url.scheme == "https" else 80)
    try:
        with socket.create_connection((url.hostname or "", port), timeout=timeout):
            return True
    except OSError:
        return False


def _local_revision(folder: Path) -> Optional[str]:
    """The commit a local copy came from, when the folder says so.

    ``hf download --local-dir`` leaves ``.cache/huggingface/download/<file>.metadata``
    whose first line is the commit hash; a folder inside the hub cache is
    named after the commit (``.../snapshots/<hash>``).
    """
    meta = folder / ".cache" / "huggingface" / "download" / "config.json.metadata"
    try:
        first = meta.read_text().splitlines()[0].strip()
        if re.fullmatch(r"[0-9a-f]{40}", first):
            return first
    except (OSError, IndexError):
        pass
    if folder.parent.name == "snapshots" and re.fullmatch(r"[0-9a-f]{40}", folder.name):
        return folder.name
    return None


def _cached_revision(repo_id: str) -> Optional[str]:
    """The commit of a hub id's snapshot in the local HF cache (``.../snapshots/<commit>/config.json``)."""
    try:
        from huggingface_hub import try_to_load_from_cache  # noqa: PLC0415 - torch/transformers only when this runner runs

        found = try_to_load_from_cache(repo_id, "config.json")
    except Exception:  # noqa: BLE001 - an odd repo id or cache layout: the revision is just unknown
        return None
    if isinstance(found, str):
        name = Path(found).parent.name
        if re.fullmatch(r"[0-9a-f]{40}", name):
            return name
    return None


def _fingerprint(folder: Path) -> str:
    """A cheap identity for a local weights folder whose commit is unknown.

    sha256 over config.json's bytes and the name, size and mtime of every
    weight file: a retrained or replaced model in the same folder gets a new
    value (so cached generations are not reused), without reading gigabytes.
    """

    h = hashlib.sha256((folder / "config.json").read_bytes())
    for f in sorted(folder.iterdir()):
        if f.is_file() and f.suffix in (".safetensors", ".bin", ".pt", ".gguf", ".json", ".model"):
            st = f.stat()
            h.update(f"{f.name}:{st.st_size}:{st.st_mtime_ns}\n".encode())
    return "sha256:" + h.hexdigest()[:16]
