"""Where a generated query ends, for ``--model hf``: the early stop during generation and the answer's cut.

Split from runners/hf.py.  The rule is eval/sqltext/extract.py's (PostgreSQL literals, dollar quotes
and nested comments do not stop; fences, ``[/SQL]`` and ``;`` do).  torch and transformers are
imported inside the functions that need them.
"""
from __future__ import annotations

from typing import Optional

from eval.sqltext import extract as _extract


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


def trigger_mask(tokenizer, model):
    """Bool tensor over the vocabulary: tokens whose text can complete a terminator."""
    import torch  # noqa: PLC0415 - torch/transformers only when this runner runs

    tokens = tokenizer.convert_ids_to_tokens(list(range(len(tokenizer))))
    chars = {t[-1] for t in TERMINATORS}
    byte_forms = {f"<0x{ord(c):02X}>" for c in chars}
    size = max(len(tokens), int(model.get_input_embeddings().weight.shape[0]))
    mask = torch.zeros(size, dtype=torch.bool)
    for i, tok in enumerate(tokens):
        if tok is not None and (any(c in tok for c in chars) or tok in byte_forms):
            mask[i] = True
    return mask


def stopping_criteria(tokenizer, mask, prompt_len: int):
    """transformers' stopping criteria: the early stop at a terminator (see :func:`find_terminator`)."""
    from transformers import StoppingCriteria, StoppingCriteriaList  # noqa: PLC0415 - torch/transformers only when this runner runs
    import torch  # noqa: PLC0415 - torch/transformers only when this runner runs

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


def tokens_until(tokenizer, ids: list[int], char_end: int) -> int:
    """How many of ``ids`` it takes for their decoded text to reach ``char_end`` characters."""
    lo, hi = 1, len(ids)
    while lo < hi:
        mid = (lo + hi) // 2
        if len(tokenizer.decode(ids[:mid], skip_special_tokens=True)) >= char_end:
            hi = mid
        else:
            lo = mid + 1
    return hi
