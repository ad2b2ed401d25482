"""A multinomial logistic regression over binary sentence features (numpy only), with its plain-text artefact.

Classes: ``NONE`` (the sentence reports no event) and the PLOVER types. Trained full-batch with Adam and L2,
deterministic for a given input order. Stored as ``weights.tsv`` (feature, then ``class:weight`` pairs for
the weights that survive rounding) and ``meta.json`` (classes, threshold, training record).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

NONE = "NONE"


@dataclass
class LinearModel:
    classes: list[str]
    weights: dict[str, np.ndarray]
    threshold: float = 0.5
    meta: dict[str, Any] = field(default_factory=dict)

    def scores(self, feats: list[str]) -> np.ndarray:
        z = np.zeros(len(self.classes))
        for f in feats:
            w = self.weights.get(f)
            if w is not None:
                z += w
        return z

    def proba(self, feats: list[str]) -> np.ndarray:
        z = self.scores(feats)
        z = np.exp(z - z.max())
        return z / z.sum()

    def predict(self, feats: list[str]) -> tuple[str | None, float, float]:
        """(type or None, P(event), P(type | sentence)) — None when P(event) is below the threshold."""
        p = self.proba(feats)
        none = self.classes.index(NONE)
        p_event = 1.0 - float(p[none])
        q = p.copy()
        q[none] = -1
        k = int(q.argmax())
        return (self.classes[k] if p_event >= self.threshold else None), p_event, float(p[k])

    # -- artefact --------------------------------------------------------------
    def save(self, folder: Path, digits: int = 2) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        rows = []
        for f in sorted(self.weights):
            w = np.round(self.weights[f], digits)
            pairs = " ".join(f"{k}:{w[k]:g}" for k in range(len(w)) if w[k] != 0)
            if pairs:
                rows.append(f"{f}\t{pairs}")
        (folder / "weights.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
        meta = {"classes": self.classes, "threshold": self.threshold} | self.meta
        (folder / "meta.json").write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, folder: Any) -> LinearModel:
        """From a folder (a ``Path`` or an ``importlib.resources`` traversable)."""
        meta = json.loads(folder.joinpath("meta.json").read_text(encoding="utf-8"))
        classes = list(meta.pop("classes"))
        threshold = float(meta.pop("threshold"))
        weights: dict[str, np.ndarray] = {}
        for line in folder.joinpath("weights.tsv").read_text(encoding="utf-8").splitlines():
            if not line:
                continue
            f, pairs = line.split("\t")
            w = np.zeros(len(classes))
            for p in pairs.split():
                k, v = p.split(":")
                w[int(k)] = float(v)
            weights[f] = w
        return cls(classes=classes, weights=weights, threshold=threshold, meta=meta)


def fit(samples: list[list[str]], labels: list[str], classes: list[str], *, l2: float = 1e-3, epochs: int = 300,
        lr: float = 0.1, class_weight: str = "sqrt", min_count: int = 1) -> LinearModel:
    """Softmax regression, full batch, Adam; ``class_weight`` "sqrt" weighs each class by 1/sqrt(frequency)."""
    counts: dict[str, int] = {}
    for fs in samples:
        for f in fs:
            counts[f] = counts.get(f, 0) + 1
    vocab = sorted(f for f, c in counts.items() if c >= min_count or f == "bias")
    index = {f: i for i, f in enumerate(vocab)}
    rows = [[index[f] for f in fs if f in index] for fs in samples]
    flat = np.array([i for r in rows for i in r], dtype=np.int64)
    lens = np.array([len(r) for r in rows], dtype=np.int64)
    offsets = np.concatenate([[0], np.cumsum(lens)[:-1]])
    owner = np.repeat(np.arange(len(rows)), lens)
    y = np.array([classes.index(lab) for lab in labels])
    n, k, d = len(rows), len(classes), len(vocab)
    freq = np.bincount(y, minlength=k).astype(float)
    cw = np.where(freq > 0, 1.0 / np.sqrt(np.maximum(freq, 1)), 0.0) if class_weight == "sqrt" else np.ones(k)
    cw = cw / (cw[y].sum() / n)
    sw = cw[y]
    onehot = np.zeros((n, k))
    onehot[np.arange(n), y] = 1.0
    w = np.zeros((d, k))
    m, v = np.zeros_like(w), np.zeros_like(w)
    b1, b2, eps = 0.9, 0.999, 1e-8
    for t in range(1, epochs + 1):
        z = np.add.reduceat(w[flat], offsets, axis=0)
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        g_z = (p - onehot) * sw[:, None] / n
        gz = g_z[owner]
        grad: np.ndarray = np.stack([np.bincount(flat, weights=gz[:, c], minlength=d) for c in range(k)],
                                    axis=1).astype(float)
        grad += l2 * w
        m = b1 * m + (1 - b1) * grad
        v = b2 * v + (1 - b2) * grad * grad
        w -= lr * (m / (1 - b1 ** t)) / (np.sqrt(v / (1 - b2 ** t)) + eps)
    return LinearModel(classes=classes, weights={f: w[i].copy() for i, f in enumerate(vocab)})
