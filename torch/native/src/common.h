// Shared plumbing for every exported function of the C ABI.
//
// Tensors cross the boundary as opaque handles: a heap-allocated at::Tensor (one reference to the
// underlying TensorImpl). No C++ exception may cross into .NET: every export runs its body through
// one of the guards below, which store the exception text in a thread-local slot that the C# side
// reads right after the call (on the same thread) and rethrows as a .NET exception.
#pragma once

#include <ATen/ATen.h>

#include <atomic>
#include <cstdint>
#include <optional>
#include <vector>

#define LT_API extern "C" __attribute__((visibility("default")))

typedef at::Tensor* lt_tensor;
typedef at::Generator* lt_generator;

// A number as .NET hands it over: kind says which field holds the value, so integral tensors
// stay integral (a double-only ABI would promote int64 + 1 to float).
typedef struct {
  int32_t kind;  // 0 = floating, 1 = integral, 2 = boolean
  double real;
  int64_t integer;
} lt_scalar;

namespace lt {

void set_error(const char* message);
void clear_error();
std::atomic<int64_t>& live_tensor_count();

inline lt_tensor wrap(at::Tensor tensor) {
  live_tensor_count().fetch_add(1, std::memory_order_relaxed);
  return new at::Tensor(std::move(tensor));
}

at::Scalar to_scalar(const lt_scalar& s);
lt_scalar from_scalar(const at::Scalar& s);

inline at::IntArrayRef ints(const int64_t* values, int32_t length) {
  return at::IntArrayRef(values, static_cast<size_t>(length));
}

inline c10::optional<at::Tensor> optional_tensor(lt_tensor t) {
  if (t == nullptr) return c10::nullopt;
  return *t;
}

inline c10::optional<at::Generator> optional_generator(lt_generator g) {
  if (g == nullptr) return c10::nullopt;
  return *g;
}

std::vector<at::Tensor> tensor_list(const lt_tensor* handles, int32_t count);

at::TensorOptions options(int32_t dtype, int32_t device_type, int32_t device_index);

// ATen's factories ignore TensorOptions::requires_grad (only torch:: factories honour it), so
// creation functions mark the result afterwards.
at::Tensor requiring_grad(at::Tensor tensor, int32_t requires_grad);

void report(const std::exception& e);

// Runs body (returning at::Tensor) and hands back a new handle, or nullptr with the error set.
template <class F>
lt_tensor tensor_call(F&& body) {
  try {
    return wrap(body());
  } catch (const std::exception& e) {
    report(e);
  } catch (...) {
    set_error("unknown native exception");
  }
  return nullptr;
}

// Runs body (returning nothing) and reports 0 on success, -1 with the error set on failure.
template <class F>
int32_t status_call(F&& body) {
  try {
    body();
    return 0;
  } catch (const std::exception& e) {
    report(e);
  } catch (...) {
    set_error("unknown native exception");
  }
  return -1;
}

}  // namespace lt
