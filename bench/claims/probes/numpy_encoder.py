#!/usr/bin/env python3
"""Probe: a BERT-style encoder in numpy alone (WordPiece tokenizer, forward pass, mean
pooling), checked against the reference implementation, and timed. It is the run-time
half an encoder gate would need (see train4/README.md); nothing in `generator` uses it.

    python bench/claims/probes/numpy_encoder.py ENCODER_DIR [--lang en]

It prints how many of the language's corpus sentences tokenize to the same ids as the
`transformers` tokenizer, the largest difference between the two pooled embeddings, and
the time numpy takes for one sentence at a time and for the whole set in batches of 64.
Needs numpy and safetensors to run the encoder, and torch and transformers to compare.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import unicodedata
from pathlib import Path

import numpy as np
from safetensors.numpy import load_file

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import sets  # noqa: E402  (bench/claims/sets.py)


class WordPiece:
    """BERT's uncased tokenizer: clean, split CJK characters and punctuation, lower-case
    and strip accents, then greedy longest-match word pieces."""

    def __init__(self, vocab: Path, max_chars: int = 100):
        self.ids = {line.rstrip("\n"): i for i, line in
                    enumerate(vocab.read_text(encoding="utf-8").splitlines())}
        self.max_chars = max_chars

    @staticmethod
    def _words(text: str) -> list[str]:
        spaced = []  # control characters dropped, CJK characters set apart by spaces
        for char in text:
            if ord(char) in (0, 0xFFFD) or (unicodedata.category(char) in ("Cc", "Cf")
                                            and char not in "\t\n\r"):
                continue
            spaced.append(f" {char} " if _cjk(ord(char)) else char)
        words = []
        for token in "".join(spaced).split():  # then lower-cased, accents stripped
            token = unicodedata.normalize("NFD", token.lower())
            piece: list[str] = []
            for char in token:
                if unicodedata.category(char) == "Mn":
                    continue
                if _punctuation(char):
                    words += ["".join(piece), char]
                    piece = []
                else:
                    piece.append(char)
            words.append("".join(piece))
        return [w for w in words if w]

    def encode(self, text: str, max_len: int) -> list[int]:
        pieces = [self.ids["[CLS]"]]
        for word in self._words(text):
            if len(word) > self.max_chars:
                pieces.append(self.ids["[UNK]"])
                continue
            start, found = 0, []
            while start < len(word):
                end = len(word)
                while end > start:
                    candidate = ("##" if start else "") + word[start:end]
                    if candidate in self.ids:
                        found.append(self.ids[candidate])
                        break
                    end -= 1
                else:
                    found = [self.ids["[UNK]"]]
                    break
                start = end
            pieces += found
        return pieces[:max_len - 1] + [self.ids["[SEP]"]]


def _cjk(code: int) -> bool:
    return any(lo <= code <= hi for lo, hi in (
        (0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0x20000, 0x2A6DF), (0x2A700, 0x2B73F),
        (0x2B740, 0x2B81F), (0x2B820, 0x2CEAF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F)))


def _punctuation(char: str) -> bool:
    code = ord(char)
    return (33 <= code <= 47 or 58 <= code <= 64 or 91 <= code <= 96 or 123 <= code <= 126
            or unicodedata.category(char).startswith("P"))


class Encoder:
    """The forward pass of a BertModel with mean pooling, in float32."""

    def __init__(self, folder: Path):
        self.config = json.loads((folder / "config.json").read_text())
        self.w = {k.removeprefix("bert."): v.astype(np.float32)
                  for k, v in load_file(str(folder / "model.safetensors")).items()}
        self.t = {k.removesuffix(".weight"): np.ascontiguousarray(v.T)
                  for k, v in self.w.items() if v.ndim == 2 and "embeddings" not in k}
        self.heads = self.config["num_attention_heads"]
        self.eps = self.config["layer_norm_eps"]

    def _norm(self, x: np.ndarray, name: str) -> np.ndarray:
        mean = x.mean(-1, keepdims=True)
        var = ((x - mean) ** 2).mean(-1, keepdims=True)
        return (x - mean) / np.sqrt(var + self.eps) * self.w[name + ".weight"] \
            + self.w[name + ".bias"]

    def _dense(self, x: np.ndarray, name: str) -> np.ndarray:
        flat = x.reshape(-1, x.shape[-1]) @ self.t[name]  # one 2-D product, not a stack
        return (flat + self.w[name + ".bias"]).reshape(*x.shape[:-1], -1)

    def pooled(self, ids: list[list[int]]) -> np.ndarray:
        width = max(map(len, ids))
        tokens = np.zeros((len(ids), width), dtype=np.int64)
        mask = np.zeros((len(ids), width), dtype=np.float32)
        for row, sequence in enumerate(ids):
            tokens[row, :len(sequence)] = sequence
            mask[row, :len(sequence)] = 1
        w = self.w
        x = (w["embeddings.word_embeddings.weight"][tokens]
             + w["embeddings.position_embeddings.weight"][:width]
             + w["embeddings.token_type_embeddings.weight"][0])
        x = self._norm(x, "embeddings.LayerNorm")
        batch, _, hidden = x.shape
        size = hidden // self.heads
        bias = (1 - mask)[:, None, None, :] * np.float32(-1e9)
        for layer in range(self.config["num_hidden_layers"]):
            p = f"encoder.layer.{layer}."

            def split(t: np.ndarray) -> np.ndarray:
                return t.reshape(batch, width, self.heads, size).transpose(0, 2, 1, 3)

            q = split(self._dense(x, p + "attention.self.query"))
            k = split(self._dense(x, p + "attention.self.key"))
            v = split(self._dense(x, p + "attention.self.value"))
            scores = q @ k.transpose(0, 1, 3, 2) / np.float32(np.sqrt(size)) + bias
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            attended = (scores / scores.sum(-1, keepdims=True)) @ v
            attended = attended.transpose(0, 2, 1, 3).reshape(batch, width, hidden)
            x = self._norm(x + self._dense(attended, p + "attention.output.dense"),
                           p + "attention.output.LayerNorm")
            inner = self._dense(x, p + "intermediate.dense")
            inner = 0.5 * inner * (1 + _erf(inner / np.float32(np.sqrt(2))))  # exact gelu
            x = self._norm(x + self._dense(inner, p + "output.dense"), p + "output.LayerNorm")
        return (x * mask[..., None]).sum(1) / mask.sum(1, keepdims=True)


def _erf(x: np.ndarray) -> np.ndarray:
    """erf by Abramowitz and Stegun 7.1.26 (absolute error under 1.5e-7)."""
    t = 1 / (1 + np.float32(0.3275911) * np.abs(x))
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (
        -1.453152027 + t * 1.061405429))))
    return np.sign(x) * (1 - poly * np.exp(-x * x))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("encoder", type=Path)
    parser.add_argument("--lang", choices=sets.LANGS, default="en")
    args = parser.parse_args()
    texts = [r["text"] for name in sets.TRAINING for r in sets.records(args.lang, name)]
    tokenizer = WordPiece(args.encoder / "vocab.txt")
    encoder = Encoder(args.encoder)
    ids = [tokenizer.encode(text, 96) for text in texts]

    import torch
    from transformers import AutoModel, AutoTokenizer
    reference_tok = AutoTokenizer.from_pretrained(args.encoder)
    same = sum(ours == reference_tok(text, truncation=True, max_length=96)["input_ids"]
               for ours, text in zip(ids, texts))
    print(f"{args.lang}: {len(texts)} sentences; token ids identical for {same}")
    reference = AutoModel.from_pretrained(args.encoder).eval()
    worst = 0.0
    for i in range(0, 256, 32):
        batch = reference_tok(texts[i:i + 32], padding=True, truncation=True, max_length=96,
                              return_tensors="pt")
        with torch.no_grad():
            hidden = reference(**batch).last_hidden_state
        m = batch["attention_mask"].unsqueeze(-1).float()
        theirs = ((hidden * m).sum(1) / m.sum(1)).numpy()
        worst = max(worst, float(np.abs(theirs - encoder.pooled(ids[i:i + 32])).max()))
    print(f"largest difference of the pooled embeddings (256 sentences): {worst:.2e}")
    start = time.perf_counter()
    for sequence in ids[:200]:
        encoder.pooled([sequence])
    one = (time.perf_counter() - start) / 200
    start = time.perf_counter()
    order = sorted(range(len(ids)), key=lambda i: len(ids[i]))  # batches of like length
    for i in range(0, len(order), 64):
        encoder.pooled([ids[j] for j in order[i:i + 64]])
    whole = time.perf_counter() - start
    print(f"numpy: {one * 1000:.1f} ms a sentence alone; {whole:.1f} s for all "
          f"{len(ids)} in batches of 64 ({whole / len(ids) * 1000:.1f} ms each)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
