"""A tiny GPT-BigCode text-to-SQL model, built from scratch for the tests (no download).

``build_tiny_model(out_dir)`` trains, on the CPU in a few seconds, a 2-layer,
64-dim GPT-BigCode (SQLCoder's architecture) and a byte-level BPE tokenizer
to answer a handful of questions whose prompts are rendered with the real
``sqlcoder_7b_2`` template, then saves both with ``save_pretrained`` so they load
through ``from_pretrained`` exactly like downloaded weights.

Each training completion is the SQL, a terminator, then *junk* that a
correct stop rule must drop: greedy decoding without the stop rule would
emit that junk, so the tests can tell a working stop from a lucky one.
The tokenizer has an eos token but no pad token, so the runner's "set a pad
token when missing" path is exercised as well.

Run ``python -m tests.helpers.tinymodel DIR`` to build one by hand (for bench/ or a
manual ``run_eval.py --model sqlcoder-7b-2 --model-path DIR``).
"""
from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

from eval.data.prompt import load_template, render
from eval.types import ColumnDoc, Question, SchemaDoc, TableDoc

EOS = "<|endoftext|>"

SCHEMA = SchemaDoc(
    db="tiny",
    tables=(
        TableDoc("cities", (
            ColumnDoc("id", "integer", "city id"),
            ColumnDoc("name", "text", "city name"),
            ColumnDoc("population", "integer", "number of inhabitants"),
        ), "one row per city"),
        TableDoc("orders", (
            ColumnDoc("id", "integer"),
            ColumnDoc("city_id", "integer", "references cities.id"),
            ColumnDoc("amount", "numeric", "order total in EUR"),
        )),
    ),
)

#: the tiny database as a fixture file (``<dir>/tiny/tiny.sql``): its catalog gives exactly SCHEMA
TINY_SQL = """
CREATE TABLE cities (id integer PRIMARY KEY, name text, population integer);
CREATE TABLE orders (id integer PRIMARY KEY, city_id integer REFERENCES cities(id), amount numeric);
COMMENT ON TABLE cities IS 'one row per city';
COMMENT ON COLUMN cities.id IS 'city id';
COMMENT ON COLUMN cities.name IS 'city name';
COMMENT ON COLUMN cities.population IS 'number of inhabitants';
COMMENT ON COLUMN orders.city_id IS 'references cities.id';
COMMENT ON COLUMN orders.amount IS 'order total in EUR';
INSERT INTO cities VALUES (1, 'Lyon', 520000), (2, 'a;b', 4000), (3, 'Paris', 2100000), (4, 'Berlin', 3600000);
INSERT INTO orders VALUES (1, 1, 120.50), (2, 3, 80), (3, 4, 300), (4, 2, 999);
"""


#: (question id, question, raw completion the model is trained to emit, the SQL the runner must return)
PAIRS: tuple[tuple[str, str, str, str], ...] = (
    ("tiny-1", "How many cities are there?",
     " SELECT COUNT(*) FROM cities;\nSELECT junk_after_semicolon FROM nowhere",
     "SELECT COUNT(*) FROM cities;"),
    ("tiny-2", "Which cities have more than one million inhabitants, largest first?",
     " SELECT name FROM cities WHERE population > 1000000 ORDER BY population DESC;\n-- junk_after_semicolon",
     "SELECT name FROM cities WHERE population > 1000000 ORDER BY population DESC;"),
    ("tiny-3", "What is the total amount of all orders?",
     " SELECT SUM(amount) FROM orders\n```\njunk_after_fence",
     "SELECT SUM(amount) FROM orders;"),
    ("tiny-4", "Which city is called a;b?",
     " SELECT id FROM cities WHERE name = 'a;b';\njunk_after_semicolon",
     "SELECT id FROM cities WHERE name = 'a;b';"),
    ("tiny-5", "List every order with its city name and amount, for orders above 100 EUR placed in cities with more than 5000 inhabitants.",
     " SELECT c.name, o.amount FROM orders o JOIN cities c ON c.id = o.city_id WHERE o.amount > 100 AND c.population > 5000;\njunk_after_semicolon",
     "SELECT c.name, o.amount FROM orders o JOIN cities c ON c.id = o.city_id WHERE o.amount > 100 AND c.population > 5000;"),
)

EXTRA_SQL = """
SELECT name, population FROM cities ORDER BY name;
SELECT city_id, AVG(amount) AS avg_amount FROM orders GROUP BY city_id HAVING COUNT(*) > 2;
SELECT c.name, COUNT(o.id) FROM cities c LEFT JOIN orders o ON o.city_id = c.id GROUP BY c.name;
SELECT MAX(population) - MIN(population) FROM cities WHERE name LIKE 'A%';
SELECT id FROM orders WHERE amount BETWEEN 10 AND 20 LIMIT 5;
```sql
SELECT 1;
```
"""


def question(pair) -> Question:
    qid, text, _, expected = pair
    return Question(id=qid, db=SCHEMA.db, category="where", question=text, gold=(expected,), gold_raw=expected)


def prompts(template_name: str = "sqlcoder_7b_2") -> list[str]:
    template = load_template(template_name, template_name)
    return [render(template, question(p), SCHEMA).text for p in PAIRS]


def build_tiny_model(out_dir, pairs=PAIRS, *, steps: int = 300, seed: int = 0, verbose: bool = False,
                     prompt_texts=None, add_tokens=()) -> Path:
    """Train and save the tiny model into ``out_dir``; returns the folder.

    ``prompt_texts``: the prompts to train on, one per pair (default: the pairs rendered with the
    ``sqlcoder_7b_2`` template); ``add_tokens``: strings that must be single tokens of the vocabulary
    (e.g. "```", the SQLCoder-15B card's EOS).

    Deterministic for a given seed (CPU, one thread).  Raises RuntimeError if greedy
    decoding does not reproduce every training completion up to its terminator.
    """
    import torch

    started = time.perf_counter()
    threads = torch.get_num_threads()
    # One thread: as fast for a model this small, and it does not collapse when other
    # processes compete for the cores (a 2-thread build ran 3x slower on a busy 2-core box).
    torch.set_num_threads(1)
    try:
        return _build(out_dir, pairs, steps, seed, verbose, started, prompt_texts, tuple(add_tokens))
    finally:
        torch.set_num_threads(threads)


def _build(out_dir, pairs, steps, seed, verbose, started, prompt_texts=None, add_tokens=()) -> Path:
    import torch
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import GPTBigCodeConfig, GPTBigCodeForCausalLM, PreTrainedTokenizerFast

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    random.seed(seed)
    torch.manual_seed(seed)

    template = load_template("sqlcoder_7b_2", "sqlcoder_7b_2")
    texts = list(prompt_texts) if prompt_texts is not None else [render(template, question(p), SCHEMA).text for p in pairs]
    completions = [p[2] for p in pairs]

    bpe = Tokenizer(models.BPE(unk_token=None))
    bpe.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    bpe.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=700, special_tokens=[EOS], show_progress=False,
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet())
    bpe.train_from_iterator(texts + completions + EXTRA_SQL.splitlines(), trainer=trainer)
    tokenizer = PreTrainedTokenizerFast(tokenizer_object=bpe, eos_token=EOS, bos_token=EOS)
    missing = [t for t in add_tokens if len(tokenizer(t, add_special_tokens=False)["input_ids"]) != 1]
    if missing:
        tokenizer.add_tokens(missing)  # ordinary (not special) tokens, like "```" in StarCoder's vocabulary
    eos_id = tokenizer.convert_tokens_to_ids(EOS)

    sequences, loss_masks = [], []
    for prompt, completion in zip(texts, completions):
        p_ids = tokenizer(prompt)["input_ids"]
        c_ids = tokenizer(completion, add_special_tokens=False)["input_ids"] + [eos_id]
        sequences.append(p_ids + c_ids)
        loss_masks.append([0] * len(p_ids) + [1] * len(c_ids))
    width = max(map(len, sequences))

    config = GPTBigCodeConfig(
        vocab_size=len(tokenizer), n_positions=1024, n_embd=64, n_layer=2, n_head=4,
        multi_query=True, bos_token_id=eos_id, eos_token_id=eos_id,
        resid_pdrop=0.0, embd_pdrop=0.0, attn_pdrop=0.0,
    )
    model = GPTBigCodeForCausalLM(config)
    # Right-padded batch; padded positions are masked out of attention and loss.
    ids = torch.tensor([s + [eos_id] * (width - len(s)) for s in sequences])
    attn = torch.tensor([[1] * len(s) + [0] * (width - len(s)) for s in sequences])
    labels = ids.clone()
    # Prompt tokens get a small weight (they teach the tokenizer's text), completions the full one.
    weights = torch.tensor([[0.05 if m == 0 else 1.0 for m in lm] + [0.0] * (width - len(lm)) for lm in loss_masks])

    optim = torch.optim.AdamW(model.parameters(), lr=3e-3, weight_decay=0.0)
    model.train()
    for step in range(steps):
        logits = model(input_ids=ids, attention_mask=attn).logits[:, :-1]
        token_loss = torch.nn.functional.cross_entropy(
            logits.reshape(-1, logits.shape[-1]), labels[:, 1:].reshape(-1), reduction="none"
        ).view(labels.shape[0], -1)
        w = weights[:, 1:]
        loss = (token_loss * w).sum() / w.sum()
        optim.zero_grad()
        loss.backward()
        optim.step()
        if verbose and step % 50 == 0:
            print(f"step {step} loss {loss.item():.4f}", flush=True)
    model.eval()

    # Check: greedy decoding reproduces each completion (up to its terminator) from the prompt alone.
    with torch.no_grad():
        for prompt, completion in zip(texts, completions):
            p = torch.tensor([tokenizer(prompt)["input_ids"]])
            target = tokenizer(completion, add_special_tokens=False)["input_ids"]
            gen = model.generate(p, attention_mask=torch.ones_like(p), max_new_tokens=len(target),
                                 do_sample=False, num_beams=1, pad_token_id=eos_id)
            got = tokenizer.decode(gen[0, p.shape[1]:].tolist())
            if got != completion:
                raise RuntimeError(f"tiny model did not learn {completion!r}: got {got!r} (loss {loss.item():.4f})")

    model.save_pretrained(out)
    tokenizer.save_pretrained(out)
    (out / "tiny_model.json").write_text(json.dumps({
        "steps": steps, "seed": seed, "final_loss": loss.item(),
        "build_seconds": round(time.perf_counter() - started, 2),
        "pairs": [{"id": p[0], "question": p[1], "completion": p[2], "sql": p[3]} for p in pairs],
    }, indent=1))
    return out


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python -m tests.helpers.tinymodel OUT_DIR")
    t0 = time.perf_counter()
    path = build_tiny_model(sys.argv[1], verbose=True)
    print(f"built {path} in {time.perf_counter() - t0:.1f} s")
