"""Hugging Face transformers runner (``--model hf``) and the SQLCoder presets.

Presets (each names the model it is for; ``--model-path`` may point at a local copy):

* ``sqlcoder-15b`` (alias ``sqlcoder``): defog/sqlcoder, the August 2023 StarCoder fine-tune whose
  numbers are on the SQLCoder card; prompt ``prompts/sqlcoder_15b_2023.md``, 5 beams.
* ``sqlcoder-7b-2``: defog/sqlcoder-7b-2 (February 2024); prompt ``prompts/sqlcoder_7b_2.txt``
  (ends in ``[SQL]`` and a newline), 4 beams, as its model card says.

Generation by default: greedy (``do_sample=False``) beam search with the preset's beams
(``--num-beams``, 4 for ``hf``), ``--max-new-tokens`` 300, bf16 on CUDA (float32 on CPU),
optional 8-bit weights, ``--batch-size`` 4.  The answer is cut by eval/sqltext/extract.py (the rule
every runner shares: first top-level statement, PostgreSQL literals, fences,
``[SQL]`` tags, ``<think>`` blocks) and ``;`` is re-appended.  Generation
itself stops as soon as every sequence has produced a terminator (``;``,
````` ``` `````, ``[/SQL]`` outside literals and comments: the same lexer,
:func:`eval.sqltext.extract.completion_bounds`), so a batch does not run on to
``max_new_tokens``.

``--compat sqleval-2023`` replaces all of that with the card's own recipe
(eval/data/card_prompt.py: 5 beams, 300 new tokens, fp16 on a GPU, one prompt at a time, the
"```" token as EOS and pad, no other stop, the card's output cut over prompt + completion).

torch and transformers are imported inside methods only: importing this module
(``--model gold``, ``--help``) never loads them.
"""
from __future__ import annotations

import importlib.util
import os
import time
from pathlib import Path
from typing import ClassVar, Iterable, Iterator, Optional

from eval.sqltext import extract as _extract
from eval.config import DEFAULT_BATCH_SIZE, DEFAULT_MAX_NEW_TOKENS
from eval.errors import UsageError
from eval.types import GenRequest, Generation
from runners.base import Runner
from runners._hf_stop import (TERMINATORS, extract_sql, find_terminator, prompt_style, stopping_criteria,  # noqa: F401 - public here
                             tokens_until, trigger_mask)
from runners._hf_weights import (_cached_revision, _fingerprint, _hub_reachable, _local_revision,
                                 _looks_like_local_path, _offline, weights_help)

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
    default_template: ClassVar[str] = "sqlcoder_7b_2"
    #: model used when --model-path is not given (None: --model-path is required)
    default_model: ClassVar[Optional[str]] = None
    #: beam width when --num-beams is not given
    default_num_beams: ClassVar[int] = 4
    #: which model a preset is for (summary.json's model_info.preset)
    preset: ClassVar[Optional[str]] = None

    def __init__(self, args):
        super().__init__(args)
        self.model_path: str = args.model_path or self.default_model or ""
        if not self.model_path:
            raise UsageError(f"--model {self.name} needs --model-path DIR_OR_ID (a local folder with the weights, or a hub id)")
        self.compat: Optional[str] = args.compat
        self.load_in_8bit: bool = bool(args.load_in_8bit)
        self._card_kwargs: Optional[dict] = None
        if self.compat:
            from eval.data.card_prompt import card_generation_settings  # noqa: PLC0415 - only in --compat

            card = card_generation_settings()
            self.num_beams, self.max_new_tokens, self.batch_size = card.num_beams, card.max_new_tokens, card.batch_size
        else:
            self.num_beams = args.num_beams or self.default_num_beams
            self.max_new_tokens = args.max_new_tokens or DEFAULT_MAX_NEW_TOKENS
            self.batch_size = args.batch_size or DEFAULT_BATCH_SIZE
        #: --temperature > 0: multinomial sampling (one beam unless --num-beams says otherwise),
        #: --samples K sequences per prompt (num_return_sequences), torch seeded per batch with --seed
        self.temperature = float(args.temperature or 0.0)
        self.top_p, self.seed = args.top_p, args.seed
        if self.temperature > 0 and not self.compat and not args.num_beams:
            self.num_beams = 1
        self._gen_seconds = 0.0
        self._gen_tokens = 0
        self._load()

    # ------------------------------------------------------------------ loading
    def _pick_device(self):
        import torch  # noqa: PLC0415 - torch/transformers only when this runner runs

        requested = self.args.device
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
        if device.type == "cuda" and self.compat:
            dtype = torch.float16  # the card's dtype
        elif device.type == "cuda":
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
        self._stop_token_mask = trigger_mask(self.tokenizer, self.model)
        if self.compat:
            from eval.data.card_prompt import card_generation_settings  # noqa: PLC0415 - only in --compat

            self._card_kwargs = card_generation_settings().generate_kwargs(tok)  # UsageError: no "```" token

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
        return stopping_criteria(self.tokenizer, self._stop_token_mask, prompt_len)

    def _tokens_until(self, ids: list[int], char_end: int) -> int:
        return tokens_until(self.tokenizer, ids, char_end)

    def _sampling_kwargs(self) -> dict:
        if self.temperature <= 0:
            return {"do_sample": False, "temperature": None, "top_p": None, "top_k": None}
        return {"do_sample": True, "temperature": self.temperature, "top_p": self.top_p, "top_k": None}

    def _generate_batch(self, batch: list[tuple[GenRequest, list[int]]], n: int = 1) -> list[Generation]:
        import torch  # noqa: PLC0415 - torch/transformers only when this runner runs

        tok = self.tokenizer
        width = max(len(ids) for _, ids in batch)
        pad = tok.pad_token_id
        input_ids = torch.tensor([[pad] * (width - len(ids)) + ids for _, ids in batch], dtype=torch.long)
        attention = torch.tensor([[0] * (width - len(ids)) + [1] * len(ids) for _, ids in batch], dtype=torch.long)
        device = self._input_device()
        started = time.perf_counter()
        if self._card_kwargs is not None:  # --compat: the card's settings, its EOS, no other stop
            settings = {"temperature": None, "top_p": None, "top_k": None, **self._card_kwargs}
        else:
            settings = {**self._sampling_kwargs(), "num_beams": self.num_beams, "max_new_tokens": self.max_new_tokens,
                        "pad_token_id": pad, "stopping_criteria": self._stopping_criteria(width)}
            if self.seed is not None:
                torch.manual_seed(self.seed)
        with torch.inference_mode():
            out = self.model.generate(input_ids=input_ids.to(device), attention_mask=attention.to(device),
                                      num_return_sequences=n, **settings)
        elapsed = time.perf_counter() - started
        special = set(tok.all_special_ids)
        results = []
        # num_return_sequences: the n sequences of prompt b are rows b*n .. b*n + n - 1
        expanded = [(request, ids, request.samples[j] if j < len(request.samples) else j)
                    for request, ids in batch for j in range(n)]
        for (request, ids, sample), row in zip(expanded, out[:, width:].tolist()):
            while row and row[-1] in special:
                row.pop()
            text = tok.decode(row, skip_special_tokens=True)
            if self._card_kwargs is not None:
                results.append(self._card_generation(request, ids, row, text, elapsed / len(batch)))
                continue
            latency = elapsed / len(expanded)
            _, _, stop_end = find_terminator(text)
            n_out = self._tokens_until(row, stop_end) if stop_end >= 0 else len(row)
            self._gen_tokens += n_out
            found = _extract.extract_sql(text, style=self._style(request))
            gen = Generation(
                question_id=request.question.id,
                sql=f"{found.sql};" if found.sql else "",
                latency_s=latency,
                tokens_in=len(ids),
                tokens_out=n_out,
                raw_output=text,
                abstained=found.sql is None and "abstained" in found.notes,
                extraction_notes=tuple(found.notes),
                sample=sample,
                greedy=self.temperature <= 0 and self.num_beams == 1,
            )
            results.append(gen)
        self._gen_seconds += elapsed
        return results

    def _card_generation(self, request: GenRequest, ids: list[int], row: list[int], text: str,
                         latency: float) -> Generation:
        """--compat: the card's cut of the whole generated text (prompt + completion)."""
        from eval.data.card_prompt import card_output_cut  # noqa: PLC0415 - only in --compat

        self._gen_tokens += len(row)
        return Generation(question_id=request.question.id, sql=card_output_cut((request.prompt.text or "") + text),
                          latency_s=latency, tokens_in=len(ids), tokens_out=len(row), raw_output=text,
                          extraction_notes=("sqleval-2023 output cut",))

    def _run_batch(self, batch: list[tuple[GenRequest, list[int]]], n: int = 1) -> list[Generation]:
        import torch  # noqa: PLC0415 - torch/transformers only when this runner runs

        try:
            return self._generate_batch(batch, n)
        except torch.cuda.OutOfMemoryError as exc:
            torch.cuda.empty_cache()
            if len(batch) > 1:
                half = len(batch) // 2
                return self._run_batch(batch[:half], n) + self._run_batch(batch[half:], n)
            return _failed(batch[0][0], f"CUDA out of memory for this prompt ({len(batch[0][1])} tokens): {exc}".splitlines()[0])
        except Exception as exc:  # noqa: BLE001 - one bad batch must not end the run
            return [g for r, _ in batch for g in _failed(r, f"generation failed: {type(exc).__name__}: {exc}")]

    def generate(self, requests: Iterable[GenRequest]) -> Iterator[Generation]:
        yield from self.generate_samples(requests)

    def generate_samples(self, requests: Iterable[GenRequest]) -> Iterator[Generation]:
        """Batches of --batch-size prompts, longest first; a prompt asking for n samples gets n
        sequences (``num_return_sequences``), so a batch holds prompts that want as many."""
        ready: list[tuple[GenRequest, list[int]]] = []
        for request in requests:
            if request.prompt is None:
                yield from _failed(request, "no prompt was rendered for this question")
                continue
            try:
                ids = self._prompt_ids(request)
            except Exception as exc:  # noqa: BLE001 - a prompt the tokenizer cannot take is that question's error, never a crash
                yield from _failed(request, f"tokenization failed: {type(exc).__name__}: {exc}")
                continue
            if self.max_positions and len(ids) + self.max_new_tokens > self.max_positions:
                yield from _failed(request, f"prompt too long: {len(ids)} tokens + --max-new-tokens {self.max_new_tokens} "
                                            f"> the model's {self.max_positions} positions", tokens_in=len(ids))
                continue
            ready.append((request, ids))
        for n in sorted({len(r.samples) for r, _ in ready}):
            group = sorted((x for x in ready if len(x[0].samples) == n), key=lambda item: len(item[1]), reverse=True)
            for i in range(0, len(group), self.batch_size):
                yield from self._run_batch(group[i:i + self.batch_size], n)

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
            **({"preset": self.preset} if self.preset else {}),
            "generation": self._generation_info(),
            # measured over this runner's generate() calls so far (None before any)
            "tokens_per_second": round(self._gen_tokens / self._gen_seconds, 2) if self._gen_seconds > 0 else None,
            "versions": {"torch": torch.__version__, "transformers": transformers.__version__},
        }

    def _generation_info(self) -> dict:
        info = {"do_sample": False, "num_beams": self.num_beams, "max_new_tokens": self.max_new_tokens,
                "batch_size": self.batch_size}
        if self.temperature > 0 and not self.compat:
            info.update({"do_sample": True, "temperature": self.temperature, "top_p": self.top_p, "seed": self.seed})
        if self.compat:
            return {"compat": self.compat, **info, "eos_and_pad": "```", "output_cut": self.compat}
        return {**info, "stop": list(TERMINATORS)}

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


def _failed(request: GenRequest, error: str, tokens_in: int = 0) -> list[Generation]:
    """Every wanted sample of ``request`` failed with ``error``."""
    return [Generation(question_id=request.question.id, sql=None, error=error, tokens_in=tokens_in, sample=i)
            for i in request.samples]


class SQLCoder15BRunner(HFRunner):
    """``--model sqlcoder-15b``: defog/sqlcoder (StarCoder-15B, the card's model) with the card's prompt and 5 beams."""

    name: ClassVar[str] = "sqlcoder-15b"
    default_template: ClassVar[str] = "sqlcoder_15b_2023"
    default_model: ClassVar[Optional[str]] = "defog/sqlcoder"
    default_num_beams: ClassVar[int] = 5
    preset: ClassVar[Optional[str]] = "SQLCoder-15B (defog/sqlcoder, August 2023; the SQLCoder card's model)"


class SQLCoderRunner(SQLCoder15BRunner):
    """``--model sqlcoder``: the same preset as ``sqlcoder-15b`` (the model the card's numbers are for)."""

    name: ClassVar[str] = "sqlcoder"


class SQLCoder7B2Runner(HFRunner):
    """``--model sqlcoder-7b-2``: defog/sqlcoder-7b-2 with its own prompt (ending "[SQL]" + newline), 4 beams."""

    name: ClassVar[str] = "sqlcoder-7b-2"
    default_template: ClassVar[str] = "sqlcoder_7b_2"
    default_model: ClassVar[Optional[str]] = "defog/sqlcoder-7b-2"
    default_num_beams: ClassVar[int] = 4
    preset: ClassVar[Optional[str]] = "SQLCoder-7B-2 (defog/sqlcoder-7b-2, February 2024)"
