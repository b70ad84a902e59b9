// Devices and threads: CUDA availability, device count, and the intra-op thread pool size.
#include "common.h"

#include <ATen/Parallel.h>
#include <ATen/detail/CUDAHooksInterface.h>
#include <torch/version.h>

LT_API int32_t lt_cuda_is_available() {
  try {
    return at::detail::getCUDAHooks().hasCUDA() ? 1 : 0;
  } catch (...) {
    return 0;
  }
}

LT_API int32_t lt_cuda_device_count() {
  try {
    return static_cast<int32_t>(at::detail::getCUDAHooks().getNumGPUs());
  } catch (...) {
    return 0;
  }
}

LT_API int32_t lt_set_num_threads(int32_t n) {
  return lt::status_call([&] { at::set_num_threads(n); });
}

LT_API int32_t lt_get_num_threads() { return at::get_num_threads(); }

LT_API int32_t lt_set_num_interop_threads(int32_t n) {
  return lt::status_call([&] { at::set_num_interop_threads(n); });
}

// The libtorch version this library was compiled against, e.g. "1.13.0".
LT_API const char* lt_version() { return TORCH_VERSION; }
