// The last-error slot, handle lifetime and the live-handle counter.
#include "common.h"

#include <c10/util/Exception.h>

#include <string>

namespace {
thread_local std::string last_error;
thread_local bool has_error = false;
}  // namespace

namespace lt {

void set_error(const char* message) {
  last_error = message == nullptr ? "" : message;
  has_error = true;
}

void clear_error() {
  last_error.clear();
  has_error = false;
}

void report(const std::exception& e) {
  // c10::Error carries a C++ backtrace after the message; users want libtorch's message only.
  if (auto c10_error = dynamic_cast<const c10::Error*>(&e)) {
    set_error(c10_error->what_without_backtrace());
  } else {
    set_error(e.what());
  }
}

std::atomic<int64_t>& live_tensor_count() {
  static std::atomic<int64_t> count{0};
  return count;
}

}  // namespace lt

// Returns the message of the last failed call on this thread and clears it, or nullptr if none.
// The pointer stays valid until the next call on this thread.
LT_API const char* lt_take_error() {
  if (!has_error) return nullptr;
  has_error = false;
  static thread_local std::string taken;
  taken = std::move(last_error);
  last_error.clear();
  return taken.c_str();
}

LT_API void lt_free(lt_tensor t) {
  if (t == nullptr) return;
  delete t;
  lt::live_tensor_count().fetch_sub(1, std::memory_order_relaxed);
}

LT_API int64_t lt_live_tensors() { return lt::live_tensor_count().load(std::memory_order_relaxed); }

// A second handle to the same tensor (shares storage and autograd identity).
LT_API lt_tensor lt_alias(lt_tensor t) {
  return lt::tensor_call([&] { return *t; });
}
