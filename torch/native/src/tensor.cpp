// Tensor properties, creation, conversion between dtypes/devices, and copies to and from host memory.
#include "common.h"

#include <cstring>

namespace lt {

at::Scalar to_scalar(const lt_scalar& s) {
  switch (s.kind) {
    case 1: return at::Scalar(s.integer);
    case 2: return at::Scalar(s.integer != 0);
    default: return at::Scalar(s.real);
  }
}

lt_scalar from_scalar(const at::Scalar& s) {
  lt_scalar out{0, 0.0, 0};
  if (s.isBoolean()) {
    out.kind = 2;
    out.integer = s.toBool() ? 1 : 0;
    out.real = static_cast<double>(out.integer);
  } else if (s.isIntegral(false)) {
    out.kind = 1;
    out.integer = s.toLong();
    out.real = static_cast<double>(out.integer);
  } else {
    out.kind = 0;
    out.real = s.toDouble();
    out.integer = static_cast<int64_t>(out.real);
  }
  return out;
}

std::vector<at::Tensor> tensor_list(const lt_tensor* handles, int32_t count) {
  std::vector<at::Tensor> list;
  list.reserve(static_cast<size_t>(count));
  for (int32_t i = 0; i < count; ++i) list.push_back(*handles[i]);
  return list;
}

at::TensorOptions options(int32_t dtype, int32_t device_type, int32_t device_index) {
  return at::TensorOptions()
      .dtype(static_cast<at::ScalarType>(dtype))
      .device(at::Device(static_cast<at::DeviceType>(device_type), static_cast<at::DeviceIndex>(device_index)));
}

at::Tensor requiring_grad(at::Tensor tensor, int32_t requires_grad) {
  if (requires_grad != 0) tensor.set_requires_grad(true);
  return tensor;
}

}  // namespace lt

// ---- properties ----

LT_API int32_t lt_dim(lt_tensor t) { return static_cast<int32_t>(t->dim()); }

LT_API int32_t lt_shape(lt_tensor t, int64_t* out, int32_t capacity) {
  auto sizes = t->sizes();
  for (int32_t i = 0; i < capacity && i < static_cast<int32_t>(sizes.size()); ++i) out[i] = sizes[i];
  return static_cast<int32_t>(sizes.size());
}

LT_API int32_t lt_strides(lt_tensor t, int64_t* out, int32_t capacity) {
  auto strides = t->strides();
  for (int32_t i = 0; i < capacity && i < static_cast<int32_t>(strides.size()); ++i) out[i] = strides[i];
  return static_cast<int32_t>(strides.size());
}

LT_API int64_t lt_numel(lt_tensor t) { return t->numel(); }
LT_API int32_t lt_dtype(lt_tensor t) { return static_cast<int32_t>(t->scalar_type()); }
LT_API int32_t lt_device_type(lt_tensor t) { return static_cast<int32_t>(t->device().type()); }
LT_API int32_t lt_device_index(lt_tensor t) { return t->device().has_index() ? t->device().index() : -1; }
LT_API int32_t lt_is_contiguous(lt_tensor t) { return t->is_contiguous() ? 1 : 0; }
LT_API int32_t lt_element_size(lt_tensor t) { return static_cast<int32_t>(t->element_size()); }
LT_API int32_t lt_same_tensor(lt_tensor a, lt_tensor b) { return a->is_same(*b) ? 1 : 0; }

LT_API int32_t lt_item(lt_tensor t, lt_scalar* out) {
  return lt::status_call([&] { *out = lt::from_scalar(t->item()); });
}

// ---- creation ----

LT_API lt_tensor lt_empty(const int64_t* shape, int32_t ndim, int32_t dtype, int32_t dev, int32_t idx, int32_t rg) {
  return lt::tensor_call([&] { return lt::requiring_grad(at::empty(lt::ints(shape, ndim), lt::options(dtype, dev, idx)), rg); });
}

LT_API lt_tensor lt_zeros(const int64_t* shape, int32_t ndim, int32_t dtype, int32_t dev, int32_t idx, int32_t rg) {
  return lt::tensor_call([&] { return lt::requiring_grad(at::zeros(lt::ints(shape, ndim), lt::options(dtype, dev, idx)), rg); });
}

LT_API lt_tensor lt_ones(const int64_t* shape, int32_t ndim, int32_t dtype, int32_t dev, int32_t idx, int32_t rg) {
  return lt::tensor_call([&] { return lt::requiring_grad(at::ones(lt::ints(shape, ndim), lt::options(dtype, dev, idx)), rg); });
}

LT_API lt_tensor lt_full(const int64_t* shape, int32_t ndim, lt_scalar value, int32_t dtype, int32_t dev, int32_t idx,
                         int32_t rg) {
  return lt::tensor_call(
      [&] { return lt::requiring_grad(at::full(lt::ints(shape, ndim), lt::to_scalar(value), lt::options(dtype, dev, idx)), rg); });
}

LT_API lt_tensor lt_arange(lt_scalar start, lt_scalar end, lt_scalar step, int32_t dtype, int32_t dev, int32_t idx,
                           int32_t rg) {
  return lt::tensor_call([&] {
    return lt::requiring_grad(at::arange(lt::to_scalar(start), lt::to_scalar(end), lt::to_scalar(step), lt::options(dtype, dev, idx)), rg);
  });
}

LT_API lt_tensor lt_empty_like(lt_tensor t) { return lt::tensor_call([&] { return at::empty_like(*t); }); }
LT_API lt_tensor lt_zeros_like(lt_tensor t) { return lt::tensor_call([&] { return at::zeros_like(*t); }); }
LT_API lt_tensor lt_ones_like(lt_tensor t) { return lt::tensor_call([&] { return at::ones_like(*t); }); }
LT_API lt_tensor lt_full_like(lt_tensor t, lt_scalar value) {
  return lt::tensor_call([&] { return at::full_like(*t, lt::to_scalar(value)); });
}

// Copies nbytes of host memory into a new CPU tensor of the given shape and dtype.
LT_API lt_tensor lt_from_buffer(const void* data, int64_t nbytes, const int64_t* shape, int32_t ndim, int32_t dtype) {
  return lt::tensor_call([&] {
    auto result = at::empty(lt::ints(shape, ndim), at::TensorOptions().dtype(static_cast<at::ScalarType>(dtype)));
    auto expected = static_cast<int64_t>(result.nbytes());
    TORCH_CHECK(expected == nbytes, "buffer holds ", nbytes, " bytes but shape ", result.sizes(), " of ",
                result.scalar_type(), " needs ", expected);
    if (nbytes > 0) std::memcpy(result.data_ptr(), data, static_cast<size_t>(nbytes));
    return result;
  });
}

// Copies the tensor's elements (any device, any layout) into host memory in row-major order.
LT_API int32_t lt_to_buffer(lt_tensor t, void* data, int64_t nbytes) {
  return lt::status_call([&] {
    auto host = t->detach().to(at::kCPU).contiguous();
    auto have = static_cast<int64_t>(host.nbytes());
    TORCH_CHECK(have == nbytes, "tensor holds ", have, " bytes but the destination has ", nbytes);
    if (nbytes > 0) std::memcpy(data, host.data_ptr(), static_cast<size_t>(nbytes));
  });
}

// ---- conversion and copies ----

LT_API lt_tensor lt_to(lt_tensor t, int32_t dtype, int32_t dev, int32_t idx, int32_t non_blocking, int32_t copy) {
  return lt::tensor_call([&] {
    at::Device device(static_cast<at::DeviceType>(dev), static_cast<at::DeviceIndex>(idx));
    return t->to(device, static_cast<at::ScalarType>(dtype), non_blocking != 0, copy != 0);
  });
}

LT_API lt_tensor lt_clone(lt_tensor t) { return lt::tensor_call([&] { return t->clone(); }); }
LT_API lt_tensor lt_detach(lt_tensor t) { return lt::tensor_call([&] { return t->detach(); }); }
LT_API lt_tensor lt_contiguous(lt_tensor t) { return lt::tensor_call([&] { return t->contiguous(); }); }

LT_API int32_t lt_copy_(lt_tensor dst, lt_tensor src, int32_t non_blocking) {
  return lt::status_call([&] { dst->copy_(*src, non_blocking != 0); });
}

LT_API int32_t lt_fill_(lt_tensor t, lt_scalar value) {
  return lt::status_call([&] { t->fill_(lt::to_scalar(value)); });
}

LT_API int32_t lt_zero_(lt_tensor t) {
  return lt::status_call([&] { t->zero_(); });
}
