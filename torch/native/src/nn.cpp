// nn.functional: the layers, pools, activations and losses the architectures and the training loop use.
#include "common.h"

namespace {
at::IntArrayRef pair(const int64_t* values) { return at::IntArrayRef(values, 2); }
}  // namespace

// stride, padding, dilation: two values each (height, width).
LT_API lt_tensor lt_conv2d(lt_tensor input, lt_tensor weight, lt_tensor bias, const int64_t* stride,
                           const int64_t* padding, const int64_t* dilation, int64_t groups) {
  return lt::tensor_call([&] {
    return at::conv2d(*input, *weight, lt::optional_tensor(bias), pair(stride), pair(padding), pair(dilation), groups);
  });
}

LT_API lt_tensor lt_linear(lt_tensor input, lt_tensor weight, lt_tensor bias) {
  return lt::tensor_call([&] { return at::linear(*input, *weight, lt::optional_tensor(bias)); });
}

// In training mode the running statistics (when given) are updated in place with `momentum`.
LT_API lt_tensor lt_batch_norm(lt_tensor input, lt_tensor weight, lt_tensor bias, lt_tensor running_mean,
                               lt_tensor running_var, int32_t training, double momentum, double eps) {
  return lt::tensor_call([&] {
    return at::batch_norm(*input, lt::optional_tensor(weight), lt::optional_tensor(bias),
                          lt::optional_tensor(running_mean), lt::optional_tensor(running_var), training != 0, momentum,
                          eps, at::globalContext().userEnabledCuDNN());
  });
}

LT_API lt_tensor lt_max_pool2d(lt_tensor input, const int64_t* kernel, const int64_t* stride, const int64_t* padding,
                               const int64_t* dilation, int32_t ceil_mode) {
  return lt::tensor_call([&] {
    return at::max_pool2d(*input, pair(kernel), pair(stride), pair(padding), pair(dilation), ceil_mode != 0);
  });
}

LT_API lt_tensor lt_avg_pool2d(lt_tensor input, const int64_t* kernel, const int64_t* stride, const int64_t* padding,
                               int32_t ceil_mode, int32_t count_include_pad) {
  return lt::tensor_call([&] {
    return at::avg_pool2d(*input, pair(kernel), pair(stride), pair(padding), ceil_mode != 0, count_include_pad != 0);
  });
}

LT_API lt_tensor lt_adaptive_avg_pool2d(lt_tensor input, const int64_t* output_size) {
  return lt::tensor_call([&] { return at::adaptive_avg_pool2d(*input, pair(output_size)); });
}

LT_API lt_tensor lt_dropout(lt_tensor input, double p, int32_t training) {
  return lt::tensor_call([&] { return at::dropout(*input, p, training != 0); });
}

// mode: "constant", "reflect", "replicate" or "circular"; value applies to "constant".
LT_API lt_tensor lt_pad(lt_tensor input, const int64_t* pad, int32_t npad, const char* mode, double value) {
  return lt::tensor_call([&] {
    c10::string_view mode_view(mode);
    c10::optional<double> fill = mode_view == "constant" ? c10::optional<double>(value) : c10::nullopt;
    return at::pad(*input, lt::ints(pad, npad), mode_view, fill);
  });
}

LT_API lt_tensor lt_softmax(lt_tensor input, int64_t dim) {
  return lt::tensor_call([&] { return at::softmax(*input, dim); });
}

LT_API lt_tensor lt_log_softmax(lt_tensor input, int64_t dim) {
  return lt::tensor_call([&] { return at::log_softmax(*input, dim); });
}

// reduction: 0 none, 1 mean, 2 sum (at::Reduction).
LT_API lt_tensor lt_cross_entropy(lt_tensor input, lt_tensor target, lt_tensor weight, int64_t reduction,
                                  int64_t ignore_index, double label_smoothing) {
  return lt::tensor_call([&] {
    return at::cross_entropy_loss(*input, *target, lt::optional_tensor(weight), reduction, ignore_index,
                                  label_smoothing);
  });
}

LT_API lt_tensor lt_nll_loss(lt_tensor input, lt_tensor target, lt_tensor weight, int64_t reduction,
                             int64_t ignore_index) {
  return lt::tensor_call(
      [&] { return at::nll_loss(*input, *target, lt::optional_tensor(weight), reduction, ignore_index); });
}

LT_API lt_tensor lt_mse_loss(lt_tensor input, lt_tensor target, int64_t reduction) {
  return lt::tensor_call([&] { return at::mse_loss(*input, *target, reduction); });
}

LT_API lt_tensor lt_one_hot(lt_tensor labels, int64_t num_classes) {
  return lt::tensor_call([&] { return at::one_hot(*labels, num_classes); });
}
