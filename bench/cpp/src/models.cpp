#include "models.h"

#include <stdexcept>

namespace bench {
namespace {

namespace nn = torch::nn;

struct BasicBlockImpl : nn::Module {
  nn::Conv2d conv1{nullptr}, conv2{nullptr};
  nn::BatchNorm2d bn1{nullptr}, bn2{nullptr};
  Stack shortcut{nullptr};

  BasicBlockImpl(int64_t in, int64_t out, int64_t stride) {
    conv1 = register_module("conv1", nn::Conv2d(nn::Conv2dOptions(in, out, 3).stride(stride).padding(1).bias(false)));
    bn1 = register_module("bn1", nn::BatchNorm2d(out));
    conv2 = register_module("conv2", nn::Conv2d(nn::Conv2dOptions(out, out, 3).padding(1).bias(false)));
    bn2 = register_module("bn2", nn::BatchNorm2d(out));
    if (stride != 1 || in != out) {
      shortcut = Stack();
      shortcut->push_back("conv", nn::Conv2d(nn::Conv2dOptions(in, out, 1).stride(stride).bias(false)));
      shortcut->push_back("bn", nn::BatchNorm2d(out));
      register_module("shortcut", shortcut);
    }
  }

  torch::Tensor forward(torch::Tensor x) {
    auto hidden = bn1(conv1(x)).relu_();
    auto out = bn2(conv2(hidden));
    out.add_(shortcut ? shortcut->forward(x) : x);
    return out.relu_();
  }
};
TORCH_MODULE(BasicBlock);

struct ConvUnitImpl : nn::Module {
  nn::Conv2d conv{nullptr};
  nn::BatchNorm2d bn{nullptr};

  ConvUnitImpl(int64_t in, int64_t out) {
    conv = register_module("conv", nn::Conv2d(nn::Conv2dOptions(in, out, 3).padding(1)));
    bn = register_module("bn", nn::BatchNorm2d(out));
  }

  torch::Tensor forward(torch::Tensor x) { return bn(conv(x)).relu_(); }
};
TORCH_MODULE(ConvUnit);

void add_head(Stack& seq, int64_t channels) {
  seq->push_back("avgpool", nn::AdaptiveAvgPool2d(nn::AdaptiveAvgPool2dOptions({1, 1})));
  seq->push_back("flatten", nn::Flatten());
  seq->push_back("fc", nn::Linear(channels, 10));
}

Stack residual(const std::vector<std::pair<int64_t, int>>& stages) {
  Stack seq;
  Stack stem;
  stem->push_back("conv", nn::Conv2d(nn::Conv2dOptions(3, stages[0].first, 3).padding(1).bias(false)));
  stem->push_back("bn", nn::BatchNorm2d(stages[0].first));
  stem->push_back("relu", nn::ReLU(nn::ReLUOptions(true)));
  seq->push_back("stem", stem);
  int64_t channels = stages[0].first;
  for (size_t s = 0; s < stages.size(); ++s) {
    Stack layer;
    for (int b = 0; b < stages[s].second; ++b) {
      layer->push_back(BasicBlock(channels, stages[s].first, s > 0 && b == 0 ? 2 : 1));
      channels = stages[s].first;
    }
    seq->push_back("layer" + std::to_string(s + 1), layer);
  }
  add_head(seq, channels);
  return seq;
}

Stack vgg(const std::vector<std::vector<int64_t>>& stages) {
  Stack seq;
  int64_t channels = 3;
  for (size_t s = 0; s < stages.size(); ++s) {
    Stack layer;
    for (auto width : stages[s]) {
      layer->push_back(ConvUnit(channels, width));
      channels = width;
    }
    seq->push_back("layer" + std::to_string(s + 1), layer);
    if (s + 1 < stages.size()) seq->push_back("pool" + std::to_string(s + 1), nn::MaxPool2d(2));
  }
  add_head(seq, channels);
  return seq;
}

// open_lth's initialisation: He-normal conv and linear weights, BatchNorm weights uniform or 1, biases 0.
void open_lth_init(nn::Module& network, bool bn_uniform) {
  torch::NoGradGuard no_grad;
  for (auto& module : network.modules(/*include_self=*/false)) {
    if (auto* conv = module->as<nn::Conv2d>()) {
      nn::init::kaiming_normal_(conv->weight);
    } else if (auto* linear = module->as<nn::Linear>()) {
      nn::init::kaiming_normal_(linear->weight);
    } else if (auto* norm = module->as<nn::BatchNorm2d>()) {
      if (bn_uniform) nn::init::uniform_(norm->weight, 0, 1);
      else nn::init::ones_(norm->weight);
      nn::init::zeros_(norm->bias);
    }
  }
}

}  // namespace

BuiltModel build_model(const std::string& name) {
  if (name == "lenet") {
    Stack layers;
    layers->push_back("0", nn::Flatten());
    layers->push_back("1", nn::Linear(784, 300));
    layers->push_back("2", nn::ReLU());
    layers->push_back("3", nn::Linear(300, 100));
    layers->push_back("4", nn::ReLU());
    layers->push_back("5", nn::Linear(100, 10));
    Stack network;
    network->push_back("layers", layers);
    return {network, {1, 28, 28}};
  }
  Stack network{nullptr};
  bool bn_uniform = true;
  if (name == "resnet20") {
    network = residual({{16, 3}, {32, 3}, {64, 3}});
  } else if (name == "resnet18") {
    network = residual({{64, 2}, {128, 2}, {256, 2}, {512, 2}});
    bn_uniform = false;
  } else if (name == "vgg16") {
    network = vgg({{64, 64}, {128, 128}, {256, 256, 256}, {512, 512, 512}, {512, 512, 512}});
  } else {
    throw std::invalid_argument("unknown model '" + name + "'");
  }
  open_lth_init(*network, bn_uniform);
  return {network, {3, 32, 32}};
}

std::vector<std::string> prunable(nn::Module& network) {
  std::vector<std::string> names;
  for (auto& item : network.named_modules("", /*include_self=*/false)) {
    if (item.value()->as<nn::Conv2d>() || item.value()->as<nn::Linear>()) names.push_back(item.key() + ".weight");
  }
  return names;
}

}  // namespace bench
