// The benchmark's workloads in libtorch C++. Each mirrors, op for op, what Lottery.Bench does through the C#
// framework and bench/pytorch/workloads.py through PyTorch (definitions in bench/README.md).
#pragma once

#include <torch/torch.h>

#include <map>
#include <memory>
#include <string>

namespace bench {

using Params = std::map<std::string, std::string>;

// A timed workload: built once (then warmed up by the worker), run repeatedly.
class Workload {
 public:
  virtual ~Workload() = default;
  virtual void run() = 0;
  virtual int64_t items_per_run() const = 0;
};

// "train", "eval", "prune" or "pools"; throws std::invalid_argument for another kind.
std::unique_ptr<Workload> make_workload(const std::string& kind, const Params& p, torch::Device device);

// Peak RSS in bytes after a training run of p["steps"] steps (the worker runs it in a fresh process).
int64_t memory_workload(const Params& p, torch::Device device);

}  // namespace bench
