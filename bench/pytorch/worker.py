"""PyTorch side of the benchmark: a worker that answers the driver's requests, one JSON line per request line
(the protocol is in bench/README.md). Usage: worker.py --threads N [--device cpu|cuda]."""
import argparse
import gc
import json
import sys
import time

import torch

import workloads


def parse_request(line):
    words = line.split()
    return words[0], dict(word.split("=", 1) for word in words[1:])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--device", default="cpu")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    device = torch.device(args.device)
    if device.type == "cuda" and not torch.cuda.is_available():
        print(json.dumps({"error": f"--device {args.device}: CUDA is not available to this PyTorch ({torch.__version__})"}), flush=True)
        return 2
    print(json.dumps({"implementation": "pytorch", "version": torch.__version__, "threads": torch.get_num_threads(),
                      "device": str(device)}), flush=True)
    cached_key, cached = None, None
    for line in sys.stdin:
        if not line.strip():
            continue
        try:
            kind, p = parse_request(line)
            torch.manual_seed(0)
            if kind == "memory":
                reply = workloads.memory(p, device)
            elif kind in workloads.TIMED:
                runs, warmup = int(p.pop("runs")), int(p.pop("warmup"))
                key = (kind, tuple(sorted(p.items())))
                if key != cached_key:
                    cached_key, cached = None, None
                    gc.collect()
                    cached = workloads.TIMED[kind](p, device)
                    cached_key = key
                    for _ in range(warmup):
                        cached.run()
                start = time.perf_counter()
                for _ in range(runs):
                    cached.run()
                if device.type == "cuda":
                    torch.cuda.synchronize()
                reply = {"seconds": time.perf_counter() - start, "items": runs * cached.items_per_run}
            else:
                reply = {"error": f"unknown workload '{kind}'"}
        except Exception as error:  # the driver reports it with the workload's name
            reply = {"error": f"{type(error).__name__}: {error}"}
        print(json.dumps(reply), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
