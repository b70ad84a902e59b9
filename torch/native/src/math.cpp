// Elementwise math: binary ops (tensor and scalar forms, out-of-place and in-place), unary ops,
// comparisons, logical ops, clamp, where and masked_fill.
#include "common.h"

// add/sub carry PyTorch's alpha multiplier on the second operand.
#define LT_ALPHA_BINARY(name)                                                                         \
  LT_API lt_tensor lt_##name(lt_tensor a, lt_tensor b, lt_scalar alpha) {                             \
    return lt::tensor_call([&] { return at::name(*a, *b, lt::to_scalar(alpha)); });                   \
  }                                                                                                   \
  LT_API lt_tensor lt_##name##_scalar(lt_tensor a, lt_scalar b, lt_scalar alpha) {                    \
    return lt::tensor_call([&] { return at::name(*a, lt::to_scalar(b), lt::to_scalar(alpha)); });     \
  }                                                                                                   \
  LT_API int32_t lt_##name##_(lt_tensor a, lt_tensor b, lt_scalar alpha) {                            \
    return lt::status_call([&] { a->name##_(*b, lt::to_scalar(alpha)); });                            \
  }                                                                                                   \
  LT_API int32_t lt_##name##_scalar_(lt_tensor a, lt_scalar b, lt_scalar alpha) {                     \
    return lt::status_call([&] { a->name##_(lt::to_scalar(b), lt::to_scalar(alpha)); });              \
  }

#define LT_BINARY(name)                                                                               \
  LT_API lt_tensor lt_##name(lt_tensor a, lt_tensor b) {                                              \
    return lt::tensor_call([&] { return at::name(*a, *b); });                                         \
  }                                                                                                   \
  LT_API lt_tensor lt_##name##_scalar(lt_tensor a, lt_scalar b) {                                     \
    return lt::tensor_call([&] { return at::name(*a, lt::to_scalar(b)); });                           \
  }                                                                                                   \
  LT_API int32_t lt_##name##_(lt_tensor a, lt_tensor b) {                                             \
    return lt::status_call([&] { a->name##_(*b); });                                                  \
  }                                                                                                   \
  LT_API int32_t lt_##name##_scalar_(lt_tensor a, lt_scalar b) {                                      \
    return lt::status_call([&] { a->name##_(lt::to_scalar(b)); });                                    \
  }

#define LT_UNARY(name)                                                                                \
  LT_API lt_tensor lt_##name(lt_tensor a) { return lt::tensor_call([&] { return at::name(*a); }); }   \
  LT_API int32_t lt_##name##_(lt_tensor a) { return lt::status_call([&] { a->name##_(); }); }

LT_ALPHA_BINARY(add)
LT_ALPHA_BINARY(sub)
LT_BINARY(mul)
LT_BINARY(div)
LT_BINARY(pow)
LT_BINARY(remainder)
LT_BINARY(eq)
LT_BINARY(ne)
LT_BINARY(lt)
LT_BINARY(le)
LT_BINARY(gt)
LT_BINARY(ge)

// Ops with no scalar form in ATen.
#define LT_TENSOR_BINARY(name)                                                                        \
  LT_API lt_tensor lt_##name(lt_tensor a, lt_tensor b) {                                              \
    return lt::tensor_call([&] { return at::name(*a, *b); });                                         \
  }                                                                                                   \
  LT_API int32_t lt_##name##_(lt_tensor a, lt_tensor b) {                                             \
    return lt::status_call([&] { a->name##_(*b); });                                                  \
  }

LT_TENSOR_BINARY(logical_and)
LT_TENSOR_BINARY(logical_or)
LT_TENSOR_BINARY(logical_xor)

LT_API lt_tensor lt_maximum(lt_tensor a, lt_tensor b) { return lt::tensor_call([&] { return at::maximum(*a, *b); }); }
LT_API lt_tensor lt_minimum(lt_tensor a, lt_tensor b) { return lt::tensor_call([&] { return at::minimum(*a, *b); }); }

LT_UNARY(neg)
LT_UNARY(abs)
LT_UNARY(sign)
LT_UNARY(sqrt)
LT_UNARY(rsqrt)
LT_UNARY(square)
LT_UNARY(exp)
LT_UNARY(log)
LT_UNARY(log1p)
LT_UNARY(reciprocal)
LT_UNARY(relu)
LT_UNARY(sigmoid)
LT_UNARY(tanh)
LT_UNARY(floor)
LT_UNARY(ceil)
LT_UNARY(round)
LT_UNARY(trunc)
LT_UNARY(logical_not)

LT_API lt_tensor lt_isnan(lt_tensor a) { return lt::tensor_call([&] { return at::isnan(*a); }); }
LT_API lt_tensor lt_isfinite(lt_tensor a) { return lt::tensor_call([&] { return at::isfinite(*a); }); }

// clamp with optional bounds: has_min/has_max say which of min/max apply.
LT_API lt_tensor lt_clamp(lt_tensor a, int32_t has_min, lt_scalar min, int32_t has_max, lt_scalar max) {
  return lt::tensor_call([&] {
    return at::clamp(*a, has_min ? c10::optional<at::Scalar>(lt::to_scalar(min)) : c10::nullopt,
                     has_max ? c10::optional<at::Scalar>(lt::to_scalar(max)) : c10::nullopt);
  });
}

LT_API int32_t lt_clamp_(lt_tensor a, int32_t has_min, lt_scalar min, int32_t has_max, lt_scalar max) {
  return lt::status_call([&] {
    a->clamp_(has_min ? c10::optional<at::Scalar>(lt::to_scalar(min)) : c10::nullopt,
              has_max ? c10::optional<at::Scalar>(lt::to_scalar(max)) : c10::nullopt);
  });
}

LT_API lt_tensor lt_where(lt_tensor condition, lt_tensor a, lt_tensor b) {
  return lt::tensor_call([&] { return at::where(*condition, *a, *b); });
}

LT_API lt_tensor lt_where_scalar(lt_tensor condition, lt_tensor a, lt_scalar b) {
  return lt::tensor_call([&] { return at::where(*condition, *a, lt::to_scalar(b)); });
}

LT_API lt_tensor lt_masked_fill(lt_tensor a, lt_tensor mask, lt_scalar value) {
  return lt::tensor_call([&] { return a->masked_fill(*mask, lt::to_scalar(value)); });
}

LT_API int32_t lt_masked_fill_(lt_tensor a, lt_tensor mask, lt_scalar value) {
  return lt::status_call([&] { a->masked_fill_(*mask, lt::to_scalar(value)); });
}

// self + value * t1 * t2 and self + value * t1 / t2, in place: the optimizers' building blocks.
LT_API int32_t lt_addcmul_(lt_tensor self, lt_tensor t1, lt_tensor t2, lt_scalar value) {
  return lt::status_call([&] { self->addcmul_(*t1, *t2, lt::to_scalar(value)); });
}

LT_API int32_t lt_addcdiv_(lt_tensor self, lt_tensor t1, lt_tensor t2, lt_scalar value) {
  return lt::status_call([&] { self->addcdiv_(*t1, *t2, lt::to_scalar(value)); });
}

// self += weight * (end - self)
LT_API int32_t lt_lerp_(lt_tensor self, lt_tensor end, lt_scalar weight) {
  return lt::status_call([&] { self->lerp_(*end, lt::to_scalar(weight)); });
}
