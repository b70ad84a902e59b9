#include "workloads.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <limits>
#include <set>
#include <stdexcept>
#include <unordered_map>

#include "models.h"

namespace bench {
namespace {

constexpr double kLearningRate = 0.01, kMomentum = 0.9, kWeightDecay = 1e-4;

namespace F = torch::nn::functional;

std::string need(const Params& p, const std::string& key) {
  auto it = p.find(key);
  if (it == p.end()) throw std::invalid_argument("missing parameter '" + key + "'");
  return it->second;
}

int64_t integer(const Params& p, const std::string& key) { return std::stoll(need(p, key)); }

std::vector<int64_t> batch_shape(int64_t batch, const std::vector<int64_t>& input) {
  std::vector<int64_t> shape{batch};
  shape.insert(shape.end(), input.begin(), input.end());
  return shape;
}

std::unordered_map<std::string, torch::Tensor> parameters_by_name(torch::nn::Module& network) {
  std::unordered_map<std::string, torch::Tensor> result;
  for (auto& item : network.named_parameters()) result[item.key()] = item.value();
  return result;
}

// Training steps as the pipeline's LevelTrainer takes them: forward, loss, zero_grad (set to none), backward,
// SGD-momentum step, mask re-application, loss.item().
class Train : public Workload {
 public:
  Train(const Params& p, torch::Device device) : model_(build_model(need(p, "model"))) {
    model_.network->to(device);
    model_.network->train();
    batch_ = integer(p, "batch");
    x_ = torch::randn(batch_shape(batch_, model_.input_shape), device);
    y_ = torch::randint(0, 10, {batch_}, torch::TensorOptions(device).dtype(torch::kLong));
    auto params = parameters_by_name(*model_.network);
    for (auto& name : prunable(*model_.network)) {
      pairs_.emplace_back(params[name], torch::rand_like(params[name]) < 0.8);
    }
    optimizer_ = std::make_unique<torch::optim::SGD>(
        model_.network->parameters(),
        torch::optim::SGDOptions(kLearningRate).momentum(kMomentum).weight_decay(kWeightDecay));
  }

  void run() override {
    auto loss = F::cross_entropy(model_.network->forward(x_), y_);
    // libtorch 1.13's zero_grad() zeroes in place; the pipeline and PyTorch set gradients to none.
    for (auto& parameter : model_.network->parameters()) parameter.mutable_grad().reset();
    loss.backward();
    optimizer_->step();
    {
      torch::NoGradGuard no_grad;
      for (auto& [weight, keep] : pairs_) weight.mul_(keep);
    }
    loss.item<float>();
  }

  int64_t items_per_run() const override { return batch_; }

 private:
  BuiltModel model_;
  int64_t batch_;
  torch::Tensor x_, y_;
  std::vector<std::pair<torch::Tensor, torch::Tensor>> pairs_;
  std::unique_ptr<torch::optim::SGD> optimizer_;
};

// One evaluation batch as the pipeline's Evaluation: eval mode, no grad, summed loss and correct count.
class Eval : public Workload {
 public:
  Eval(const Params& p, torch::Device device) : model_(build_model(need(p, "model"))) {
    model_.network->to(device);
    model_.network->eval();
    batch_ = integer(p, "batch");
    x_ = torch::randn(batch_shape(batch_, model_.input_shape), device);
    y_ = torch::randint(0, 10, {batch_}, torch::TensorOptions(device).dtype(torch::kLong));
  }

  void run() override {
    torch::NoGradGuard no_grad;
    auto logits = model_.network->forward(x_);
    F::cross_entropy(logits, y_, F::CrossEntropyFuncOptions().reduction(torch::kSum)).item<float>();
    logits.argmax(1).eq(y_).sum().item<int64_t>();
  }

  int64_t items_per_run() const override { return batch_; }

 private:
  BuiltModel model_;
  int64_t batch_;
  torch::Tensor x_, y_;
};

// The pruning plugin's k-th largest value: a strided sample brackets it, the k-th value is taken in the bracket.
torch::Tensor kth_largest(const torch::Tensor& scores, int64_t k) {
  auto n = scores.numel();
  if (n < (int64_t{1} << 20)) return std::get<0>(scores.kthvalue(n - k + 1));
  auto sample = scores.slice(0, 0, n, n / (int64_t{1} << 16));
  auto m = sample.numel();
  auto rank = std::llround(static_cast<double>(k) * m / n);
  auto margin = 4 * static_cast<int64_t>(std::sqrt(static_cast<double>(m))) + 1;
  auto upper = std::get<0>(sample.kthvalue(std::clamp<int64_t>(m - rank + margin + 1, 1, m)));
  auto lower = std::get<0>(sample.kthvalue(std::clamp<int64_t>(m - rank - margin + 1, 1, m)));
  auto above = scores.gt(upper).count_nonzero().item<int64_t>();
  auto bracket = scores.masked_select(scores.ge(lower).logical_and_(scores.le(upper)));
  auto wanted = k - above;
  if (wanted < 1 || wanted > bracket.numel()) return std::get<0>(scores.kthvalue(n - k + 1));
  return std::get<0>(bracket.kthvalue(bracket.numel() - wanted + 1));
}

// The pruning plugin's LargestScores.Keep: exactly k largest, ties broken by position.
torch::Tensor largest_scores(const torch::Tensor& scores, int64_t k) {
  auto n = scores.numel();
  if (k == 0) return torch::zeros({n}, scores.options().dtype(torch::kBool));
  auto threshold = kth_largest(scores, k);
  auto keep = scores.ge(threshold);
  auto surplus = keep.count_nonzero().item<int64_t>() - k;
  if (surplus > 0) {
    auto ties = scores.eq(threshold).nonzero().flatten();
    keep.index_put_({ties.narrow(0, ties.numel() - surplus, surplus)}, false);
  }
  return keep;
}

using Mask = std::vector<std::pair<std::string, torch::Tensor>>;

// The pruning plugin's global MagnitudePruner: a new mask at the target density.
Mask magnitude_prune(std::unordered_map<std::string, torch::Tensor>& params, const Mask& current,
                     const std::set<std::string>& ignored, double density) {
  torch::NoGradGuard no_grad;
  std::vector<std::string> covered;
  std::vector<torch::Tensor> scores;
  int64_t alive_total = 0, total = 0;
  for (auto& [name, keep] : current) {
    if (ignored.count(name)) continue;
    covered.push_back(name);
    scores.push_back(params[name].abs().to(torch::kFloat)
                         .masked_fill_(keep.logical_not(), -std::numeric_limits<double>::infinity()).flatten());
    alive_total += keep.count_nonzero().item<int64_t>();
    total += scores.back().numel();
  }
  auto keep_total = std::min(alive_total, static_cast<int64_t>(std::llround(total * density)));
  auto kept = largest_scores(torch::cat(scores), keep_total);
  std::unordered_map<std::string, torch::Tensor> by_name;
  int64_t offset = 0;
  for (size_t i = 0; i < covered.size(); ++i) {
    by_name[covered[i]] = kept.narrow(0, offset, scores[i].numel()).view(params[covered[i]].sizes());
    offset += scores[i].numel();
  }
  Mask result;
  for (auto& [name, keep] : current) {
    auto found = by_name.find(name);
    result.emplace_back(name, found != by_name.end() ? found->second : keep.clone());
  }
  return result;
}

Mask keep_all(std::unordered_map<std::string, torch::Tensor>& params, const std::vector<std::string>& names) {
  Mask mask;
  for (auto& name : names) mask.emplace_back(name, torch::ones_like(params[name], torch::kBool));
  return mask;
}

// Global magnitude pruning of every prunable weight but the output layer's, from a full mask.
class Prune : public Workload {
 public:
  Prune(const Params& p, torch::Device device) : model_(build_model(need(p, "model"))) {
    model_.network->to(device);
    params_ = parameters_by_name(*model_.network);
    auto names = prunable(*model_.network);
    mask_ = keep_all(params_, names);
    ignored_ = {names.back()};
    density_ = std::stod(need(p, "density"));
  }

  void run() override { magnitude_prune(params_, mask_, ignored_, density_); }

  int64_t items_per_run() const override { return 1; }

 private:
  BuiltModel model_;
  std::unordered_map<std::string, torch::Tensor> params_;
  Mask mask_;
  std::set<std::string> ignored_;
  double density_;
};

// One Lottery Pools candidate: for each alpha, interpolate two tickets, project to the density by global
// magnitude pruning, recalibrate BatchNorm (cumulative average) over training batches, validate.
class Pools : public Workload {
 public:
  Pools(const Params& p, torch::Device device) : model_(build_model(need(p, "model"))) {
    auto other = build_model(need(p, "model"));
    model_.network->to(device);
    other.network->to(device);
    for (auto& [name, tensor] : state(*model_.network)) first_[name] = tensor.clone();
    for (auto& [name, tensor] : state(*other.network)) second_[name] = tensor.clone();
    alphas_ = integer(p, "alphas");
    density_ = std::stod(need(p, "density"));
    params_ = parameters_by_name(*model_.network);
    auto names = prunable(*model_.network);
    keep_all_ = keep_all(params_, names);
    ignored_ = {names.back()};
    for (auto& module : model_.network->modules(false)) {
      if (auto* norm = module->as<torch::nn::BatchNorm2d>()) norms_.push_back(norm);
    }
    for (int64_t i = 0; i < integer(p, "bnBatches"); ++i) {
      calibration_.push_back(torch::randn(batch_shape(integer(p, "bnBatch"), model_.input_shape), device));
    }
    auto validation = integer(p, "validation"), val_batch = integer(p, "valBatch");
    for (int64_t i = 0; i < validation; i += val_batch) {
      auto size = std::min(val_batch, validation - i);
      validation_.emplace_back(torch::randn(batch_shape(size, model_.input_shape), device),
                               torch::randint(0, 10, {size}, torch::TensorOptions(device).dtype(torch::kLong)));
    }
  }

  void run() override {
    torch::NoGradGuard no_grad;
    auto current = state(*model_.network);
    for (int64_t i = 0; i < alphas_; ++i) {
      double alpha = alphas_ > 1 ? static_cast<double>(i) / (alphas_ - 1) : 0.5;
      for (auto& [name, tensor] : current) {
        tensor.copy_(first_[name]);
        if (tensor.is_floating_point()) tensor.mul_(alpha).add_(second_[name], 1 - alpha);
      }
      for (auto& [name, keep] : magnitude_prune(params_, keep_all_, ignored_, density_)) params_[name].mul_(keep);
      for (auto* norm : norms_) {
        norm->reset_running_stats();
        norm->options.momentum(c10::nullopt);
      }
      model_.network->train();
      for (auto& x : calibration_) model_.network->forward(x);
      for (auto* norm : norms_) norm->options.momentum(0.1);
      model_.network->eval();
      int64_t correct = 0;
      for (auto& [x, y] : validation_) correct += model_.network->forward(x).argmax(1).eq(y).sum().item<int64_t>();
    }
  }

  int64_t items_per_run() const override { return 1; }

 private:
  // Parameters and buffers by name, sharing the module's storage (PyTorch's state_dict()).
  static std::vector<std::pair<std::string, torch::Tensor>> state(torch::nn::Module& network) {
    std::vector<std::pair<std::string, torch::Tensor>> result;
    for (auto& item : network.named_parameters()) result.emplace_back(item.key(), item.value());
    for (auto& item : network.named_buffers()) result.emplace_back(item.key(), item.value());
    return result;
  }

  BuiltModel model_;
  std::unordered_map<std::string, torch::Tensor> first_, second_, params_;
  int64_t alphas_;
  double density_;
  Mask keep_all_;
  std::set<std::string> ignored_;
  std::vector<torch::nn::BatchNorm2dImpl*> norms_;
  std::vector<torch::Tensor> calibration_;
  std::vector<std::pair<torch::Tensor, torch::Tensor>> validation_;
};

int64_t peak_rss_bytes() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmHWM:", 0) == 0) return std::stoll(line.substr(6)) * 1024;
  }
  throw std::runtime_error("no VmHWM in /proc/self/status");
}

}  // namespace

std::unique_ptr<Workload> make_workload(const std::string& kind, const Params& p, torch::Device device) {
  if (kind == "train") return std::make_unique<Train>(p, device);
  if (kind == "eval") return std::make_unique<Eval>(p, device);
  if (kind == "prune") return std::make_unique<Prune>(p, device);
  if (kind == "pools") return std::make_unique<Pools>(p, device);
  throw std::invalid_argument("unknown workload '" + kind + "'");
}

int64_t memory_workload(const Params& p, torch::Device device) {
  Train train(p, device);
  for (int64_t i = 0, steps = integer(p, "steps"); i < steps; ++i) train.run();
  return peak_rss_bytes();
}

}  // namespace bench
