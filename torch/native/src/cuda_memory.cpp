// Device memory held by libtorch's CUDA caching allocator, for the device-memory metric. The allocator's
// header exists only in CUDA builds of libtorch, so CMake defines LT_WITH_CUDA when it found one; a CPU
// build still exports the function (the C# side binds one ABI) and reports that it has no CUDA.
#include "common.h"

#ifdef LT_WITH_CUDA
#include <c10/cuda/CUDACachingAllocator.h>
#endif

// Bytes currently allocated to tensors on CUDA device `device`; -1 with the error set where unknown.
LT_API int64_t lt_cuda_memory_allocated(int32_t device) {
#ifdef LT_WITH_CUDA
  try {
    auto stats = c10::cuda::CUDACachingAllocator::getDeviceStats(static_cast<c10::DeviceIndex>(device));
    // Index 0 is StatType::AGGREGATE (all pools together) in every libtorch since 1.x.
    return stats.allocated_bytes[0].current;
  } catch (const std::exception& e) {
    lt::report(e);
  } catch (...) {
    lt::set_error("unknown native exception");
  }
  return -1;
#else
  lt::set_error("this libtorch was built without CUDA: no device memory to report");
  return -1;
#endif
}
