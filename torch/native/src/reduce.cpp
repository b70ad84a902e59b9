// Reductions (whole tensor and per dimension), selection (topk, kthvalue, sort) and matrix products.
#include "common.h"

namespace {
// Writes a (values, indices) pair to out[0], out[1].
template <class F>
int32_t pair_call(lt_tensor* out, F&& body) {
  return lt::status_call([&] {
    auto pair = body();
    out[0] = lt::wrap(std::get<0>(pair));
    out[1] = lt::wrap(std::get<1>(pair));
  });
}

c10::optional<at::ScalarType> optional_dtype(int32_t dtype) {
  if (dtype < 0) return c10::nullopt;
  return static_cast<at::ScalarType>(dtype);
}
}  // namespace

LT_API lt_tensor lt_sum(lt_tensor t, int32_t dtype) {
  return lt::tensor_call([&] { return t->sum(optional_dtype(dtype)); });
}

LT_API lt_tensor lt_sum_dims(lt_tensor t, const int64_t* dims, int32_t ndim, int32_t keepdim, int32_t dtype) {
  return lt::tensor_call([&] { return t->sum(lt::ints(dims, ndim), keepdim != 0, optional_dtype(dtype)); });
}

LT_API lt_tensor lt_mean(lt_tensor t) { return lt::tensor_call([&] { return t->mean(); }); }

LT_API lt_tensor lt_mean_dims(lt_tensor t, const int64_t* dims, int32_t ndim, int32_t keepdim) {
  return lt::tensor_call([&] { return t->mean(lt::ints(dims, ndim), keepdim != 0); });
}

LT_API lt_tensor lt_var_dims(lt_tensor t, const int64_t* dims, int32_t ndim, int32_t unbiased, int32_t keepdim) {
  return lt::tensor_call([&] { return t->var(lt::ints(dims, ndim), unbiased != 0, keepdim != 0); });
}

LT_API lt_tensor lt_max(lt_tensor t) { return lt::tensor_call([&] { return t->max(); }); }
LT_API lt_tensor lt_min(lt_tensor t) { return lt::tensor_call([&] { return t->min(); }); }

LT_API int32_t lt_max_dim(lt_tensor t, int64_t dim, int32_t keepdim, lt_tensor* out) {
  return pair_call(out, [&] { return t->max(dim, keepdim != 0); });
}

LT_API int32_t lt_min_dim(lt_tensor t, int64_t dim, int32_t keepdim, lt_tensor* out) {
  return pair_call(out, [&] { return t->min(dim, keepdim != 0); });
}

LT_API lt_tensor lt_argmax(lt_tensor t, int32_t has_dim, int64_t dim, int32_t keepdim) {
  return lt::tensor_call([&] {
    return t->argmax(has_dim ? c10::optional<int64_t>(dim) : c10::nullopt, keepdim != 0);
  });
}

LT_API lt_tensor lt_argmin(lt_tensor t, int32_t has_dim, int64_t dim, int32_t keepdim) {
  return lt::tensor_call([&] {
    return t->argmin(has_dim ? c10::optional<int64_t>(dim) : c10::nullopt, keepdim != 0);
  });
}

LT_API lt_tensor lt_norm(lt_tensor t, double p) {
  return lt::tensor_call([&] { return at::norm(*t, p); });
}

LT_API lt_tensor lt_norm_dims(lt_tensor t, double p, const int64_t* dims, int32_t ndim, int32_t keepdim) {
  return lt::tensor_call([&] { return at::norm(*t, p, lt::ints(dims, ndim), keepdim != 0); });
}

LT_API lt_tensor lt_count_nonzero(lt_tensor t) { return lt::tensor_call([&] { return at::count_nonzero(*t); }); }

LT_API lt_tensor lt_count_nonzero_dims(lt_tensor t, const int64_t* dims, int32_t ndim) {
  return lt::tensor_call([&] { return at::count_nonzero(*t, lt::ints(dims, ndim)); });
}

LT_API lt_tensor lt_all(lt_tensor t) { return lt::tensor_call([&] { return t->all(); }); }
LT_API lt_tensor lt_any(lt_tensor t) { return lt::tensor_call([&] { return t->any(); }); }

LT_API int32_t lt_topk(lt_tensor t, int64_t k, int64_t dim, int32_t largest, int32_t sorted, lt_tensor* out) {
  return pair_call(out, [&] { return t->topk(k, dim, largest != 0, sorted != 0); });
}

LT_API int32_t lt_kthvalue(lt_tensor t, int64_t k, int64_t dim, int32_t keepdim, lt_tensor* out) {
  return pair_call(out, [&] { return t->kthvalue(k, dim, keepdim != 0); });
}

LT_API int32_t lt_sort(lt_tensor t, int64_t dim, int32_t descending, int32_t stable, lt_tensor* out) {
  return pair_call(out, [&] { return t->sort(stable != 0, dim, descending != 0); });
}

LT_API lt_tensor lt_argsort(lt_tensor t, int64_t dim, int32_t descending) {
  return lt::tensor_call([&] { return t->argsort(dim, descending != 0); });
}

LT_API lt_tensor lt_cumsum(lt_tensor t, int64_t dim) { return lt::tensor_call([&] { return t->cumsum(dim); }); }

LT_API lt_tensor lt_matmul(lt_tensor a, lt_tensor b) { return lt::tensor_call([&] { return at::matmul(*a, *b); }); }
LT_API lt_tensor lt_mm(lt_tensor a, lt_tensor b) { return lt::tensor_call([&] { return at::mm(*a, *b); }); }

LT_API lt_tensor lt_addmm(lt_tensor self, lt_tensor a, lt_tensor b, lt_scalar beta, lt_scalar alpha) {
  return lt::tensor_call(
      [&] { return at::addmm(*self, *a, *b, lt::to_scalar(beta), lt::to_scalar(alpha)); });
}
