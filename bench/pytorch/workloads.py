"""The benchmark's workloads in PyTorch. Each mirrors, op for op, what Lottery.Bench does through the C#
framework (and the C++ program through torch::nn): see bench/README.md for the protocol and definitions."""
import math
import time

import torch
import torch.nn.functional as F

import models

LEARNING_RATE, MOMENTUM, WEIGHT_DECAY = 0.01, 0.9, 1e-4


def _random_masks(network, names, density):
    params = dict(network.named_parameters())
    return [(params[n], torch.rand_like(params[n]) < density) for n in names]


class Train:
    """Training steps as the pipeline's LevelTrainer takes them: forward, loss, zero_grad, backward, SGD-momentum
    step, mask re-application, loss.item()."""

    def __init__(self, p, device):
        self.network, shape = models.build(p["model"])
        self.network.to(device).train()
        batch = int(p["batch"])
        self.x = torch.randn((batch,) + shape, device=device)
        self.y = torch.randint(0, 10, (batch,), device=device)
        self.pairs = _random_masks(self.network, models.prunable(self.network), 0.8)
        self.optimizer = torch.optim.SGD(self.network.parameters(), lr=LEARNING_RATE, momentum=MOMENTUM,
                                         weight_decay=WEIGHT_DECAY)
        self.items_per_run = batch

    def run(self):
        loss = F.cross_entropy(self.network(self.x), self.y)
        self.optimizer.zero_grad(set_to_none=True)
        loss.backward()
        self.optimizer.step()
        with torch.no_grad():
            for weight, keep in self.pairs:
                weight.mul_(keep)
        loss.item()


class Eval:
    """One evaluation batch as the pipeline's Evaluation: eval mode, no grad, summed loss and correct count."""

    def __init__(self, p, device):
        self.network, shape = models.build(p["model"])
        self.network.to(device).eval()
        batch = int(p["batch"])
        self.x = torch.randn((batch,) + shape, device=device)
        self.y = torch.randint(0, 10, (batch,), device=device)
        self.items_per_run = batch

    def run(self):
        with torch.no_grad():
            logits = self.network(self.x)
            F.cross_entropy(logits, self.y, reduction="sum").item()
            logits.argmax(1).eq(self.y).sum().item()


def kth_largest(scores, k):
    """The pruning plugin's k-th largest value: a strided sample brackets it, the k-th value is taken in the bracket."""
    n = scores.numel()
    if n < (1 << 20):
        return scores.kthvalue(n - k + 1).values
    sample = scores[::n // (1 << 16)]
    m = sample.numel()
    rank = round(k * m / n)
    margin = 4 * int(math.sqrt(m)) + 1
    upper = sample.kthvalue(min(max(m - rank + margin + 1, 1), m)).values
    lower = sample.kthvalue(min(max(m - rank - margin + 1, 1), m)).values
    above = scores.gt(upper).count_nonzero().item()
    bracket = scores.masked_select(scores.ge(lower).logical_and_(scores.le(upper)))
    wanted = k - above
    if wanted < 1 or wanted > bracket.numel():
        return scores.kthvalue(n - k + 1).values
    return bracket.kthvalue(bracket.numel() - wanted + 1).values


def largest_scores(scores, k):
    """The pruning plugin's LargestScores.Keep: exactly k largest, ties broken by position."""
    n = scores.numel()
    if k == 0:
        return torch.zeros(n, dtype=torch.bool, device=scores.device)
    threshold = kth_largest(scores, k)
    keep = scores.ge(threshold)
    surplus = keep.count_nonzero().item() - k
    if surplus > 0:
        ties = scores.eq(threshold).nonzero().flatten()
        keep[ties[ties.numel() - surplus:]] = False
    return keep


def magnitude_prune(params, masks, ignored, density):
    """The pruning plugin's global MagnitudePruner: a new mask (name -> bool) at the target density."""
    with torch.no_grad():
        covered = [n for n in masks if n not in ignored]
        scores = [params[n].abs().float().masked_fill_(masks[n].logical_not(), -math.inf).flatten() for n in covered]
        alive_total = sum(masks[n].count_nonzero().item() for n in covered)
        total = sum(s.numel() for s in scores)
        keep_total = min(alive_total, round(total * density))
        kept = largest_scores(torch.cat(scores), keep_total)
        result, offset = {}, 0
        for n, s in zip(covered, scores):
            result[n] = kept.narrow(0, offset, s.numel()).view(params[n].shape)
            offset += s.numel()
        return {n: result[n] if n in result else masks[n].clone() for n in masks}


class Prune:
    """Global magnitude pruning of every prunable weight but the output layer's, from a full mask."""

    def __init__(self, p, device):
        self.network, _ = models.build(p["model"])
        self.network.to(device)
        names = models.prunable(self.network)
        self.params = dict(self.network.named_parameters())
        self.masks = {n: torch.ones_like(self.params[n], dtype=torch.bool) for n in names}
        self.ignored = {names[-1]}
        self.density = float(p["density"])
        self.items_per_run = 1

    def run(self):
        magnitude_prune(self.params, self.masks, self.ignored, self.density)


class Pools:
    """One Lottery Pools candidate: for each alpha, interpolate two tickets, project to the density by global
    magnitude pruning, recalibrate BatchNorm (cumulative average) over training batches, validate."""

    def __init__(self, p, device):
        self.network, shape = models.build(p["model"])
        self.network.to(device)
        self.first = {n: t.clone() for n, t in self.network.state_dict().items()}
        second, _ = models.build(p["model"])
        self.second = {n: t.clone().to(device) for n, t in second.state_dict().items()}
        self.alphas = int(p["alphas"])
        self.density = float(p["density"])
        names = models.prunable(self.network)
        self.params = dict(self.network.named_parameters())
        self.keep_all = {n: torch.ones_like(self.params[n], dtype=torch.bool) for n in names}
        self.ignored = {names[-1]}
        self.norms = [m for m in self.network.modules() if isinstance(m, torch.nn.BatchNorm2d)]
        self.calibration = [torch.randn((int(p["bnBatch"]),) + shape, device=device) for _ in range(int(p["bnBatches"]))]
        val_batch, validation = int(p["valBatch"]), int(p["validation"])
        self.validation = [(torch.randn((min(val_batch, validation - i),) + shape, device=device),
                            torch.randint(0, 10, (min(val_batch, validation - i),), device=device))
                           for i in range(0, validation, val_batch)]
        self.items_per_run = 1

    def run(self):
        state = self.network.state_dict()
        for i in range(self.alphas):
            alpha = i / (self.alphas - 1) if self.alphas > 1 else 0.5
            with torch.no_grad():
                for name, tensor in state.items():
                    tensor.copy_(self.first[name])
                    if tensor.is_floating_point():
                        tensor.mul_(alpha).add_(self.second[name], alpha=1 - alpha)
                mask = magnitude_prune(self.params, self.keep_all, self.ignored, self.density)
                for name, keep in mask.items():
                    self.params[name].mul_(keep)
                for norm in self.norms:
                    norm.reset_running_stats()
                    norm.momentum = None
                self.network.train()
                for x in self.calibration:
                    self.network(x)
                for norm in self.norms:
                    norm.momentum = 0.1
                self.network.eval()
                correct = 0
                for x, y in self.validation:
                    correct += self.network(x).argmax(1).eq(y).sum().item()


def peak_rss_bytes():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    raise RuntimeError("no VmHWM in /proc/self/status")


def memory(p, device):
    """Peak RSS of the process after a training run of `steps` steps (run in a fresh process)."""
    train = Train(p, device)
    for _ in range(int(p["steps"])):
        train.run()
    return {"peakRssBytes": peak_rss_bytes()}


TIMED = {"train": Train, "eval": Eval, "prune": Prune, "pools": Pools}
