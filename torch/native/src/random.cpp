// Random numbers: the global seed, explicit generators, and generator state for exact resumption.
#include "common.h"

#include <ATen/CPUGeneratorImpl.h>
#include <mutex>

namespace {

at::Generator default_generator(int32_t device_type, int32_t device_index) {
  if (static_cast<at::DeviceType>(device_type) == at::kCPU) return at::detail::getDefaultCPUGenerator();
  return at::globalContext().defaultGenerator(
      at::Device(static_cast<at::DeviceType>(device_type), static_cast<at::DeviceIndex>(device_index)));
}

template <class F>
lt_generator generator_call(F&& body) {
  try {
    return new at::Generator(body());
  } catch (const std::exception& e) {
    lt::report(e);
  } catch (...) {
    lt::set_error("unknown native exception");
  }
  return nullptr;
}

}  // namespace

LT_API int32_t lt_manual_seed(uint64_t seed) {
  return lt::status_call([&] { at::manual_seed(seed); });
}

// A new CPU generator, independent of the global one.
LT_API lt_generator lt_generator_new(uint64_t seed) {
  return generator_call([&] { return at::detail::createCPUGenerator(seed); });
}

// A handle to the default generator of a device (cpu, or cuda:N).
LT_API lt_generator lt_generator_default(int32_t device_type, int32_t device_index) {
  return generator_call([&] { return default_generator(device_type, device_index); });
}

LT_API void lt_generator_free(lt_generator g) { delete g; }

LT_API int32_t lt_generator_manual_seed(lt_generator g, uint64_t seed) {
  return lt::status_call([&] {
    std::lock_guard<std::mutex> lock(g->mutex());
    g->set_current_seed(seed);
  });
}

LT_API int32_t lt_generator_initial_seed(lt_generator g, uint64_t* out) {
  return lt::status_call([&] { *out = g->current_seed(); });
}

// The generator's full state as a uint8 tensor (what torch.Generator.get_state returns).
LT_API lt_tensor lt_generator_get_state(lt_generator g) {
  return lt::tensor_call([&] {
    std::lock_guard<std::mutex> lock(g->mutex());
    return g->get_state();
  });
}

LT_API int32_t lt_generator_set_state(lt_generator g, lt_tensor state) {
  return lt::status_call([&] {
    std::lock_guard<std::mutex> lock(g->mutex());
    g->set_state(*state);
  });
}

LT_API lt_tensor lt_rand(const int64_t* shape, int32_t ndim, lt_generator g, int32_t dtype, int32_t dev, int32_t idx,
                         int32_t rg) {
  return lt::tensor_call([&] {
    return lt::requiring_grad(at::rand(lt::ints(shape, ndim), lt::optional_generator(g), lt::options(dtype, dev, idx)), rg);
  });
}

LT_API lt_tensor lt_randn(const int64_t* shape, int32_t ndim, lt_generator g, int32_t dtype, int32_t dev, int32_t idx,
                          int32_t rg) {
  return lt::tensor_call([&] {
    return lt::requiring_grad(at::randn(lt::ints(shape, ndim), lt::optional_generator(g), lt::options(dtype, dev, idx)), rg);
  });
}

LT_API lt_tensor lt_randint(int64_t low, int64_t high, const int64_t* shape, int32_t ndim, lt_generator g,
                            int32_t dtype, int32_t dev, int32_t idx) {
  return lt::tensor_call([&] {
    return at::randint(low, high, lt::ints(shape, ndim), lt::optional_generator(g), lt::options(dtype, dev, idx));
  });
}

LT_API lt_tensor lt_randperm(int64_t n, lt_generator g, int32_t dtype, int32_t dev, int32_t idx) {
  return lt::tensor_call(
      [&] { return at::randperm(n, lt::optional_generator(g), lt::options(dtype, dev, idx)); });
}

LT_API int32_t lt_uniform_(lt_tensor t, double from, double to, lt_generator g) {
  return lt::status_call([&] { t->uniform_(from, to, lt::optional_generator(g)); });
}

LT_API int32_t lt_normal_(lt_tensor t, double mean, double std, lt_generator g) {
  return lt::status_call([&] { t->normal_(mean, std, lt::optional_generator(g)); });
}

LT_API int32_t lt_bernoulli_(lt_tensor t, double p, lt_generator g) {
  return lt::status_call([&] { t->bernoulli_(p, lt::optional_generator(g)); });
}
