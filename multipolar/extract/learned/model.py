"""A multinomial logistic regression over binary sentence features (numpy only), with its plain-text artefact.

Classes: ``NONE`` (the sentence reports no event) and the PLOVER types. Optionally a dense part: a vector per
sentence (spaCy's context vectors, :func:`~.features.sentence_vector`), standardised with the training mean and
scale, with its own weights. Trained full-batch with Adam and L2, deterministic for a given input order. Stored
as ``weights.tsv`` (feature, then ``class:weight`` pairs for the weights that survive rounding), ``dense.tsv``
(one row per dense dimension: mean, scale, then a weight per class) and ``meta.json`` (classes, threshold,
training record).
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
    #: dense part: weights (dims x classes), and the mean and scale that standardise a vector
    dense: np.ndarray | None = None
    dense_mean: np.ndarray | None = None
    dense_scale: np.ndarray | None = None

    def scores(self, feats: list[str], vec: np.ndarray | None = None) -> np.ndarray:
        z = np.zeros(len(self.classes))
        for f in feats:
            w = self.weights.get(f)
            if w is not None:
                z += w
        if self.dense is not None and vec is not None and self.dense_mean is not None and \
                self.dense_scale is not None and vec.shape[0] == self.dense.shape[0]:
            z += ((vec - self.dense_mean) / self.dense_scale) @ self.dense
        return z

    def proba(self, feats: list[str], vec: np.ndarray | None = None) -> np.ndarray:
        z = self.scores(feats, vec)
        z = np.exp(z - z.max())
        return z / z.sum()

    def predict(self, feats: list[str], vec: np.ndarray | None = None) -> tuple[str | None, float, float]:
        """(type or None, P(event), P(type | sentence)) — None when P(event) is below the threshold."""
        p = self.proba(feats, vec)
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
        dense_path = folder / "dense.tsv"
        if self.dense is not None and self.dense_mean is not None and self.dense_scale is not None:
            lines = ["# dimension\tmean\tscale\tweight per class (in the order of meta.json's classes)"]
            for i in range(self.dense.shape[0]):
                cells = [f"{x:.4f}" for x in (self.dense_mean[i], self.dense_scale[i])]
                cells += [f"{x:g}" for x in np.round(self.dense[i], 3)]
                lines.append(f"{i}\t" + "\t".join("0" if c == "-0" else c for c in cells))
            dense_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        elif dense_path.exists():
            dense_path.unlink()
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
        out = cls(classes=classes, weights=weights, threshold=threshold, meta=meta)
        dense_file = folder.joinpath("dense.tsv")
        if dense_file.is_file():
            rows = [[float(x) for x in line.split("\t")[1:]]
                    for line in dense_file.read_text(encoding="utf-8").splitlines() if line and line[0] != "#"]
            arr = np.array(rows, dtype=np.float64)
            out.dense_mean, out.dense_scale, out.dense = arr[:, 0], arr[:, 1], arr[:, 2:]
        return out


def fit(samples: list[list[str]], labels: list[str], classes: list[str], *, l2: float = 1e-3, epochs: int = 300,
        lr: float = 0.1, class_weight: str = "sqrt", min_count: int = 1,
        vectors: list[np.ndarray | None] | None = None, l2_dense: float | None = None) -> LinearModel:
    """Softmax regression, full batch, Adam; ``class_weight`` "sqrt" weighs each class by 1/sqrt(frequency).

    ``vectors`` (one per sample, or None where a sample has none, e.g. a weak one-verb example) adds the dense
    part: standardised on the samples that have one (a missing vector counts as the mean), L2 ``l2_dense``."""
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
    x: np.ndarray | None = None
    mean = scale = None
    if vectors is not None and any(vec is not None for vec in vectors):
        width = next(vec for vec in vectors if vec is not None).shape[0]
        have = np.array([vec is not None for vec in vectors])
        raw = np.stack([vec if vec is not None else np.zeros(width) for vec in vectors])
        mean = raw[have].mean(axis=0)
        scale = raw[have].std(axis=0) + 1e-6
        mean, scale = np.round(mean, 4), np.round(scale, 4) + 1e-4  # as stored, so a reload scores alike
        x = np.where(have[:, None], (raw - mean) / scale, 0.0)
        wd = np.zeros((width, k))
        md, vd = np.zeros_like(wd), np.zeros_like(wd)
        l2d = l2 if l2_dense is None else l2_dense
    for t in range(1, epochs + 1):
        z = np.add.reduceat(w[flat], offsets, axis=0)
        if x is not None:
            z = z + x @ wd
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
        if x is not None:
            gd = x.T @ g_z + l2d * wd
            md = b1 * md + (1 - b1) * gd
            vd = b2 * vd + (1 - b2) * gd * gd
            wd -= lr * (md / (1 - b1 ** t)) / (np.sqrt(vd / (1 - b2 ** t)) + eps)
    out = LinearModel(classes=classes, weights={f: w[i].copy() for i, f in enumerate(vocab)})
    if x is not None:
        out.dense, out.dense_mean, out.dense_scale = wd.copy(), mean, scale
    return out
