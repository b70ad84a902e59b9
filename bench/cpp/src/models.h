// The benchmark's networks in torch::nn, layer for layer as the vision plugin builds them (same modules, same
// order, same in-place ops, same initialisation), so the three implementations run the same computation.
#pragma once

#include <torch/torch.h>

#include <string>
#include <vector>

namespace bench {

// A Sequential with a plain forward(Tensor): torch::nn::Sequential's templated forward cannot be nested in
// another Sequential, and the networks nest them as the plugin does (stem, stages, shortcut).
struct StackImpl : torch::nn::SequentialImpl {
  using SequentialImpl::SequentialImpl;
  torch::Tensor forward(torch::Tensor x) { return SequentialImpl::forward(x); }
};
TORCH_MODULE(Stack);

struct BuiltModel {
  Stack network;
  std::vector<int64_t> input_shape;  // C, H, W
};

// "lenet", "resnet20", "resnet18" or "vgg16", for 10 classes; throws on another name.
BuiltModel build_model(const std::string& name);

// Every conv and linear weight, in module order; the last is the output layer.
std::vector<std::string> prunable(torch::nn::Module& network);

}  // namespace bench
