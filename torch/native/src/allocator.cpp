// glibc malloc tuning, applied when the library loads.
//
// libtorch's CPU allocator frees a step's activations and allocates them again on the next step. With
// glibc's default (dynamic) thresholds in a fresh process, each free hands the top of the heap back to the
// OS and each allocation faults the pages in again: the benchmarks measured ~140 page faults per LeNet
// step here against ~16 in PyTorch, whose import happens to raise the thresholds. Fixed thresholds keep
// freed memory in the process for reuse, at the cost of holding up to the trim threshold of freed memory.
#include <malloc.h>

namespace {

struct MallocTuning {
  MallocTuning() {
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);   // glibc's maximum on 64-bit
    mallopt(M_TRIM_THRESHOLD, 256 * 1024 * 1024);
  }
};

const MallocTuning tuning;

}  // namespace
