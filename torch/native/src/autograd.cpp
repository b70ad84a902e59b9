// Autograd: requires_grad, .grad, backward, torch.autograd.grad (with create_graph for
// Hessian-vector products), and the thread's grad mode.
#include "common.h"

#include <ATen/core/grad_mode.h>
#include <torch/csrc/autograd/autograd.h>

LT_API int32_t lt_requires_grad(lt_tensor t) { return t->requires_grad() ? 1 : 0; }

LT_API int32_t lt_set_requires_grad(lt_tensor t, int32_t value) {
  return lt::status_call([&] { t->set_requires_grad(value != 0); });
}

LT_API int32_t lt_is_leaf(lt_tensor t) { return t->is_leaf() ? 1 : 0; }

// Writes a handle to t.grad into out, or nullptr when it is undefined.
LT_API int32_t lt_grad(lt_tensor t, lt_tensor* out) {
  return lt::status_call([&] {
    const auto& grad = t->grad();
    *out = grad.defined() ? lt::wrap(grad) : nullptr;
  });
}

// Sets t.grad (nullptr clears it, as `p.grad = None`).
LT_API int32_t lt_set_grad(lt_tensor t, lt_tensor grad) {
  return lt::status_call([&] { t->mutable_grad() = grad == nullptr ? at::Tensor() : *grad; });
}

LT_API int32_t lt_backward(lt_tensor t, lt_tensor gradient, int32_t retain_graph, int32_t create_graph) {
  return lt::status_call([&] {
    at::Tensor grad = gradient == nullptr ? at::Tensor() : *gradient;
    t->backward(grad, retain_graph != 0 ? c10::optional<bool>(true) : c10::nullopt, create_graph != 0);
  });
}

// torch.autograd.grad: gradients of outputs w.r.t. inputs, written to out (one per input; nullptr
// where an input is unused and allow_unused is set). grad_outputs may be nullptr (ones for scalars).
LT_API int32_t lt_autograd_grad(const lt_tensor* outputs, int32_t n_outputs, const lt_tensor* inputs, int32_t n_inputs,
                                const lt_tensor* grad_outputs, int32_t retain_graph, int32_t create_graph,
                                int32_t allow_unused, lt_tensor* out) {
  return lt::status_call([&] {
    auto outs = lt::tensor_list(outputs, n_outputs);
    auto ins = lt::tensor_list(inputs, n_inputs);
    std::vector<at::Tensor> grads;
    if (grad_outputs != nullptr) {
      for (int32_t i = 0; i < n_outputs; ++i)
        grads.push_back(grad_outputs[i] == nullptr ? at::Tensor() : *grad_outputs[i]);
    }
    c10::optional<bool> retain = retain_graph != 0 ? c10::optional<bool>(true) : c10::nullopt;
    auto result = torch::autograd::grad(outs, ins, grads, retain, create_graph != 0, allow_unused != 0);
    for (int32_t i = 0; i < n_inputs; ++i) {
      const auto& g = result[static_cast<size_t>(i)];
      out[i] = g.defined() ? lt::wrap(g) : nullptr;
    }
  });
}

// Grad mode is thread-local in libtorch; the C# side re-applies its async-flowing mode on whichever
// thread runs the next op.
LT_API int32_t lt_grad_enabled() { return at::GradMode::is_enabled() ? 1 : 0; }

LT_API void lt_set_grad_enabled(int32_t enabled) { at::GradMode::set_enabled(enabled != 0); }
