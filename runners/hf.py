"""Hugging Face transformers runner (``--model hf``) and the SQLCoder preset (``--model sqlcoder``).

Generation follows the SQLCoder model card: greedy (``do_sample=False``) beam
search, ``--num-beams`` 4, ``--max-new-tokens`` 300, bf16 on CUDA (float32 on
CPU), optional 8-bit weights.  The answer is cut by eval/sqltext/extract.py (the rule
every runner shares: first top-level statement, PostgreSQL literals, fences,
``[SQL]`` tags, ``<think>`` blocks) and ``;`` is re-appended.  Generation
itself stops as soon as every sequence has produced a terminator (``;``,
````` ``` `````, ``[/SQL]`` outside literals and comments: the same lexer,
:func:`eval.sqltext.extract.completion_bounds`), so a batch does not run on to
``max_new_tokens``.

torch and transformers are imported inside methods only: importing this module
(``--model gold``, ``--help``) never loads them.
"""
from __future__ import annotations

import hashlib
import importlib.util
import os
import re
import socket
import time
from pathlib import Path
from typing import ClassVar, Iterable, Iterator, Optional
from urllib.parse import urlsplit

from eval.sqltext import extract as _extract
from eval.errors import UsageError
from eval.types import GenRequest, Generation
from runners.base import Runner

#: strings that end a generated query (besides the end-of-sequence token): the early stop
#: during generation (:func:`find_terminator`); the answer itself is cut by eval/sqltext/extract.py
TERMINATORS = (";", "```", "[/SQL]")


def find_terminator(text: str) -> tuple[int, int, int]:
    """Locate the SQL in partially generated ``text``, for the early stop.

    Returns ``(start, end, stop_end)``: the SQL so far is ``text[start:end]`` and the
    terminator that ended it finishes at ``stop_end`` (``-1`` when there is no terminator yet:
    generation should go on).  The rule is :func:`eval.sqltext.extract.completion_bounds` (PostgreSQL
    literals, dollar quotes and nested comments do not stop; an opening fence does not stop; a
    trailing ````` ``` ````` is undecided; an unclosed ``<think>`` never stops).
    """
    return _extract.completion_bounds(text)


def prompt_style(text_prompt: Optional[str]) -> str:
    """The :func:`eval.sqltext.extract.extract_sql` style for a completion of ``text_prompt``:
    ``"completion"`` when the prompt ends inside SQL (``[SQL]`` or ````` ```sql `````), else ``"auto"``."""
    tail = (text_prompt or "").rstrip().lower()
    return "completion" if tail.endswith(("[sql]", "```sql", "```postgresql", "```")) else "auto"


def extract_sql(text: str, style: str = "auto") -> str:
    """The SQL in generated ``text`` with ``;`` re-appended (:func:`eval.sqltext.extract.extract_sql`).

    No SQL, or an abstention ("I do not know"), gives ``""`` (not ``";"``).
    """
    sql = _extract.extract_sql(text, style=style).sql
    return f"{sql};" if sql else ""


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


class HFRunner(Runner):
    """Any causal LM loadable with ``AutoModelForCausalLM.from_pretrained``.

    Requests are sorted by prompt length (longest first, so an out-of-memory
    batch shows up at once), batched ``--batch-size`` at a time with left
    padding, and generated with the settings above.  A batch that runs out of
    GPU memory is split in halves and retried; any other failure marks the
    batch's questions ``Generation(error=...)`` and the run goes on.
    ``latency_s`` is the batch's wall time divided by its size.
    """

    name: ClassVar[str] = "hf"
    default_template: ClassVar[str] = "sqlcoder"
    #: model used when --model-path is not given (None: --model-path is required)
    default_model: ClassVar[Optional[str]] = None

    def __init__(self, args):
        super().__init__(args)
        self.model_path: str = getattr(args, "model_path", None) or self.default_model or ""
        if not self.model_path:
            raise UsageError(f"--model {self.name} needs --model-path DIR_OR_ID (a local folder with the weights, or a hub id)")
        self.num_beams: int = getattr(args, "num_beams", None) or 4
        self.max_new_tokens: int = getattr(args, "max_new_tokens", None) or 300
        self.batch_size: int = getattr(args, "batch_size", None) or 4
        self.load_in_8bit: bool = bool(getattr(args, "load_in_8bit", False))
        self._gen_seconds = 0.0
        self._gen_tokens = 0
        self._load()

    # ------------------------------------------------------------------ loading
    def _pick_device(self):
        import torch  # noqa: PLC0415 - torch/transformers only when this runner runs

        requested = getattr(self.args, "device", None)
        if requested:
            try:
                device = torch.device(requested)
            except (RuntimeError, ValueError) as exc:
                raise UsageError(f"--device {requested!r}: not a torch device ({exc})") from None
        else:
            device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
        if device.type == "cuda" and not torch.cuda.is_available():
            raise UsageError(f"--device {requested}: CUDA is not available here (torch {torch.__version__}); use --device cpu")
        if self.load_in_8bit:
            if device.type != "cuda":
                raise UsageError("--load-in-8bit needs a CUDA GPU (bitsandbytes); drop it to run on the CPU")
            if importlib.util.find_spec("bitsandbytes") is None:
                raise UsageError("--load-in-8bit needs the bitsandbytes package: pip install bitsandbytes")
        if device.type == "cuda":
            dtype = torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
        else:
            dtype = torch.float32
        return device, dtype

    def _source(self) -> tuple[str, bool, Optional[str]]:
        """(what to pass to from_pretrained, is it a local folder, revision if known)."""
        path = Path(self.model_path).expanduser()
        if path.is_dir():
            if not (path / "config.json").is_file():
                raise UsageError(f"--model-path {self.model_path}: the folder has no config.json, so it is not a "
                                 f"transformers model folder; {weights_help(self.default_model or 'OWNER/MODEL')}")
            return str(path), True, _local_revision(path.resolve())
        if _looks_like_local_path(self.model_path):
            what = "a file, not a folder" if path.exists() else "no such folder"
            raise UsageError(f"--model-path {self.model_path}: {what}; "
                             f"{weights_help(self.default_model or 'OWNER/MODEL')}")
        return self.model_path, False, None

    def _from_pretrained(self, loader, source: str, local: bool, **kwargs):
        """Call ``loader.from_pretrained``: the local cache first, the network only when allowed."""
        try:
            return loader.from_pretrained(source, local_files_only=True, **kwargs)
        except OSError as exc:
            if local or _offline():
                raise
            if not _hub_reachable():
                raise OSError(f"not in the local cache, and {os.environ.get('HF_ENDPOINT') or 'https://huggingface.co'} "
                              "cannot be reached from this machine") from exc
            first_error = exc
        try:
            return loader.from_pretrained(source, **kwargs)
        except OSError as exc:
            raise exc from first_error

    def _load(self) -> None:
        try:
            import torch  # noqa: F401, PLC0415 - torch/transformers only when this runner runs
            from transformers import AutoModelForCausalLM, AutoTokenizer  # noqa: PLC0415 - torch/transformers only when this runner runs
        except ImportError as exc:
            raise UsageError(f"--model {self.name} needs torch and transformers ({exc}): "
                             "pip install -r requirements-models.txt") from None

        self.device, self.dtype = self._pick_device()
        source, local, self.revision = self._source()
        model_kwargs: dict = {"dtype": self.dtype}
        if self.device.type == "cuda":
            model_kwargs["device_map"] = "auto" if self.device.index is None else {"": str(self.device)}
        if self.load_in_8bit:
            from transformers import BitsAndBytesConfig  # noqa: PLC0415 - torch/transformers only when this runner runs

            model_kwargs["quantization_config"] = BitsAndBytesConfig(load_in_8bit=True)  # dtype: the non-int8 layers
        where = "the local folder" if local else ("the local cache (HF_HUB_OFFLINE is set)" if _offline() else "the local cache or the hub")
        try:
            self.tokenizer = self._from_pretrained(AutoTokenizer, source, local)
            self.model = self._from_pretrained(AutoModelForCausalLM, source, local, **model_kwargs)
        except ImportError as exc:
            raise UsageError(f"--model-path {self.model_path}: a package the model needs is missing ({exc}); "
                             "pip install -r requirements-models.txt") from None
        except (OSError, ValueError) as exc:
            detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise UsageError(
                f"--model-path {self.model_path}: cannot load the weights from {where} ({detail[:300]}); "
                f"{weights_help(self.model_path if not local else (self.default_model or 'OWNER/MODEL'))}"
            ) from None
        if self.device.type != "cuda":
            self.model.to(self.device)
        self.model.eval()
        if self.revision is None:
            self.revision = getattr(self.model.config, "_commit_hash", None) or _cached_revision(source)
        self.fingerprint = _fingerprint(Path(source)) if local else self.revision

        tok = self.tokenizer
        if tok.pad_token_id is None:
            if tok.eos_token is not None:
                tok.pad_token = tok.eos_token
            elif tok.unk_token is not None:
                tok.pad_token = tok.unk_token
            else:
                raise UsageError(f"--model-path {self.model_path}: the tokenizer has no pad, eos or unk token to pad batches with")
        tok.padding_side = "left"
        self.max_positions = next(
            (v for v in (getattr(self.model.config, k, None) for k in ("max_position_embeddings", "n_positions", "n_ctx"))
             if isinstance(v, int) and v > 0),
            None,
        )
        self._stop_token_mask = self._trigger_mask()

    def _trigger_mask(self):
        """Bool tensor over the vocabulary: tokens whose text can complete a terminator."""
        import torch  # noqa: PLC0415 - torch/transformers only when this runner runs

        tokens = self.tokenizer.convert_ids_to_tokens(list(range(len(self.tokenizer))))
        chars = {t[-1] for t in TERMINATORS}
        byte_forms = {f"<0x{ord(c):02X}>" for c in chars}
        size = max(len(tokens), int(self.model.get_input_embeddings().weight.shape[0]))
        mask = torch.zeros(size, dtype=torch.bool)
        for i, tok in enumerate(tokens):
            if tok is not None and (any(c in tok for c in chars) or tok in byte_forms):
                mask[i] = True
        return mask

    # --------------------------------------------------------------- generation
    def _input_device(self):
        return self.model.get_input_embeddings().weight.device

    def _prompt_ids(self, request: GenRequest) -> list[int]:
        prompt = request.prompt
        tok = self.tokenizer
        if prompt.messages and getattr(tok, "chat_template", None):
            text = tok.apply_chat_template(list(prompt.messages), tokenize=False, add_generation_prompt=True)
            return list(tok(text, add_special_tokens=False)["input_ids"])
        return list(tok(prompt.text)["input_ids"])

    def _style(self, request: GenRequest) -> str:
        """How the output continues the prompt: a plain-text prompt ending in ``[SQL]`` is a completion."""
        prompt = request.prompt
        if prompt.messages and getattr(self.tokenizer, "chat_template", None):
            return "auto"
        return prompt_style(prompt.text)

    def _stopping_criteria(self, prompt_len: int):
        from transformers import StoppingCriteria, StoppingCriteriaList  # noqa: PLC0415 - torch/transformers only when this runner runs
        import torch  # noqa: PLC0415 - torch/transformers only when this runner runs

        tokenizer, mask = self.tokenizer, self._stop_token_mask

        class SQLTerminator(StoppingCriteria):
            """Done when the generated text holds a terminator outside quotes/comments.

            Stateless per row (beam search hands over re-ordered rows each
            step): only rows whose last two tokens hold a character that can
            complete a terminator are decoded and scanned.
            """

            def __call__(self, input_ids, scores, **kwargs):
                # the newest token, or the one before it (a trailing ``` is decided by the next token)
                last = input_ids[:, -2:].to("cpu")
                candidates = mask[last.clamp(0, mask.shape[0] - 1)].any(dim=1)
                done = torch.zeros(input_ids.shape[0], dtype=torch.bool)
                for row in torch.nonzero(candidates).flatten().tolist():
                    text = tokenizer.decode(input_ids[row, prompt_len:], skip_special_tokens=True)
                    done[row] = find_terminator(text)[2] >= 0
                return done.to(input_ids.device)

        return StoppingCriteriaList([SQLTerminator()])

    def _tokens_until(self, ids: list[int], char_end: int) -> int:
        """How many of ``ids`` it takes for their decoded text to reach ``char_end`` characters."""
        lo, hi = 1, len(ids)
        while lo < hi:
            mid = (lo + hi) // 2
            if len(self.tokenizer.decode(ids[:mid], skip_special_tokens=True)) >= char_end:
                hi = mid
            else:
                lo = mid + 1
        return hi

    def _generate_batch(self, batch: list[tuple[GenRequest, list[int]]]) -> list[Generation]:
        import torch  # noqa: PLC0415 - torch/transformers only when this runner runs

        tok = self.tokenizer
        width = max(len(ids) for _, ids in batch)
        pad = tok.pad_token_id
        input_ids = torch.tensor([[pad] * (width - len(ids)) + ids for _, ids in batch], dtype=torch.long)
        attention = torch.tensor([[0] * (width - len(ids)) + [1] * len(ids) for _, ids in batch], dtype=torch.long)
        device = self._input_device()
        started = time.perf_counter()
        with torch.inference_mode():
            out = self.model.generate(
                input_ids=input_ids.to(device),
                attention_mask=attention.to(device),
                do_sample=False,
                num_beams=self.num_beams,
                num_return_sequences=1,
                max_new_tokens=self.max_new_tokens,
                pad_token_id=pad,
                stopping_criteria=self._stopping_criteria(width),
                temperature=None,
                top_p=None,
                top_k=None,
            )
        elapsed = time.perf_counter() - started
        special = set(tok.all_special_ids)
        results = []
        for (request, ids), row in zip(batch, out[:, width:].tolist()):
            while row and row[-1] in special:
                row.pop()
            text = tok.decode(row, skip_special_tokens=True)
            _, _, stop_end = find_terminator(text)
            n_out = self._tokens_until(row, stop_end) if stop_end >= 0 else len(row)
            self._gen_tokens += n_out
            found = _extract.extract_sql(text, style=self._style(request))
            gen = Generation(
                question_id=request.question.id,
                sql=f"{found.sql};" if found.sql else "",
                latency_s=elapsed / len(batch),
                tokens_in=len(ids),
                tokens_out=n_out,
                raw_output=text,
                abstained=found.sql is None and "abstained" in found.notes,
                extraction_notes=tuple(found.notes),
            )
            results.append(gen)
        self._gen_seconds += elapsed
        return results

    def _run_batch(self, batch: list[tuple[GenRequest, list[int]]]) -> list[Generation]:
        import torch  # noqa: PLC0415 - torch/transformers only when this runner runs

        try:
            return self._generate_batch(batch)
        except torch.cuda.OutOfMemoryError as exc:
            torch.cuda.empty_cache()
            if len(batch) > 1:
                half = len(batch) // 2
                return self._run_batch(batch[:half]) + self._run_batch(batch[half:])
            return [Generation(question_id=batch[0][0].question.id, sql=None,
                               error=f"CUDA out of memory for this prompt ({len(batch[0][1])} tokens): {exc}".splitlines()[0])]
        except Exception as exc:  # noqa: BLE001 - one bad batch must not end the run
            return [Generation(question_id=r.question.id, sql=None, error=f"generation failed: {type(exc).__name__}: {exc}")
                    for r, _ in batch]

    def generate(self, requests: Iterable[GenRequest]) -> Iterator[Generation]:
        ready: list[tuple[GenRequest, list[int]]] = []
        for request in requests:
            if request.prompt is None:
                yield Generation(question_id=request.question.id, sql=None, error="no prompt was rendered for this question")
                continue
            try:
                ids = self._prompt_ids(request)
            except Exception as exc:  # noqa: BLE001 - a prompt the tokenizer cannot take is that question's error, never a crash
                yield Generation(question_id=request.question.id, sql=None, error=f"tokenization failed: {type(exc).__name__}: {exc}")
                continue
            if self.max_positions and len(ids) + self.max_new_tokens > self.max_positions:
                yield Generation(question_id=request.question.id, sql=None, tokens_in=len(ids),
                                 error=f"prompt too long: {len(ids)} tokens + --max-new-tokens {self.max_new_tokens} "
                                       f"> the model's {self.max_positions} positions")
                continue
            ready.append((request, ids))
        ready.sort(key=lambda item: len(item[1]), reverse=True)
        for i in range(0, len(ready), self.batch_size):
            yield from self._run_batch(ready[i:i + self.batch_size])

    # ------------------------------------------------------------------ report
    def describe(self) -> dict:
        import torch  # noqa: PLC0415 - torch/transformers only when this runner runs
        import transformers  # noqa: PLC0415 - torch/transformers only when this runner runs

        n_params = sum(p.numel() for p in self.model.parameters())
        return {
            "runner": self.name,
            "model_id": self.model_path,
            "revision": self.revision,
            "weights_fingerprint": self.fingerprint,
            "dtype": "int8" if self.load_in_8bit else str(self.dtype).replace("torch.", ""),
            "device": str(self.device),
            "n_parameters": n_params,
            "generation": {
                "do_sample": False,
                "num_beams": self.num_beams,
                "max_new_tokens": self.max_new_tokens,
                "batch_size": self.batch_size,
                "stop": list(TERMINATORS),
            },
            # measured over this runner's generate() calls so far (None before any)
            "tokens_per_second": round(self._gen_tokens / self._gen_seconds, 2) if self._gen_seconds > 0 else None,
            "versions": {"torch": torch.__version__, "transformers": transformers.__version__},
        }

    def close(self) -> None:
        for attr in ("model", "tokenizer"):
            if hasattr(self, attr):
                delattr(self, attr)
        try:
            import torch  # noqa: PLC0415 - torch/transformers only when this runner runs

            if torch.cuda.is_available():
                torch.cuda.empty_cache()
        except ImportError:
            pass


class SQLCoderRunner(HFRunner):
    """The SQLCoder preset: ``defog/sqlcoder`` unless --model-path says otherwise, SQLCoder prompt."""

    name: ClassVar[str] = "sqlcoder"
    default_template: ClassVar[str] = "sqlcoder"
    default_model: ClassVar[Optional[str]] = "defog/sqlcoder"
