// Shape and indexing: views, reshapes, joins and splits, gathers and selections.
#include "common.h"

LT_API lt_tensor lt_reshape(lt_tensor t, const int64_t* shape, int32_t ndim) {
  return lt::tensor_call([&] { return t->reshape(lt::ints(shape, ndim)); });
}

LT_API lt_tensor lt_view(lt_tensor t, const int64_t* shape, int32_t ndim) {
  return lt::tensor_call([&] { return t->view(lt::ints(shape, ndim)); });
}

LT_API lt_tensor lt_flatten(lt_tensor t, int64_t start_dim, int64_t end_dim) {
  return lt::tensor_call([&] { return t->flatten(start_dim, end_dim); });
}

LT_API lt_tensor lt_squeeze(lt_tensor t) { return lt::tensor_call([&] { return t->squeeze(); }); }

LT_API lt_tensor lt_squeeze_dim(lt_tensor t, int64_t dim) {
  return lt::tensor_call([&] { return t->squeeze(dim); });
}

LT_API lt_tensor lt_unsqueeze(lt_tensor t, int64_t dim) {
  return lt::tensor_call([&] { return t->unsqueeze(dim); });
}

LT_API lt_tensor lt_permute(lt_tensor t, const int64_t* dims, int32_t ndim) {
  return lt::tensor_call([&] { return t->permute(lt::ints(dims, ndim)); });
}

LT_API lt_tensor lt_transpose(lt_tensor t, int64_t dim0, int64_t dim1) {
  return lt::tensor_call([&] { return t->transpose(dim0, dim1); });
}

LT_API lt_tensor lt_narrow(lt_tensor t, int64_t dim, int64_t start, int64_t length) {
  return lt::tensor_call([&] { return t->narrow(dim, start, length); });
}

LT_API lt_tensor lt_select(lt_tensor t, int64_t dim, int64_t index) {
  return lt::tensor_call([&] { return t->select(dim, index); });
}

LT_API lt_tensor lt_slice(lt_tensor t, int64_t dim, int64_t start, int64_t end, int64_t step) {
  return lt::tensor_call([&] { return t->slice(dim, start, end, step); });
}

LT_API lt_tensor lt_index_select(lt_tensor t, int64_t dim, lt_tensor index) {
  return lt::tensor_call([&] { return t->index_select(dim, *index); });
}

LT_API lt_tensor lt_gather(lt_tensor t, int64_t dim, lt_tensor index) {
  return lt::tensor_call([&] { return t->gather(dim, *index); });
}

LT_API lt_tensor lt_scatter(lt_tensor t, int64_t dim, lt_tensor index, lt_tensor src) {
  return lt::tensor_call([&] { return t->scatter(dim, *index, *src); });
}

LT_API lt_tensor lt_masked_select(lt_tensor t, lt_tensor mask) {
  return lt::tensor_call([&] { return t->masked_select(*mask); });
}

LT_API lt_tensor lt_nonzero(lt_tensor t) {
  return lt::tensor_call([&] { return t->nonzero(); });
}

LT_API lt_tensor lt_expand(lt_tensor t, const int64_t* shape, int32_t ndim) {
  return lt::tensor_call([&] { return t->expand(lt::ints(shape, ndim)); });
}

LT_API lt_tensor lt_repeat(lt_tensor t, const int64_t* repeats, int32_t ndim) {
  return lt::tensor_call([&] { return t->repeat(lt::ints(repeats, ndim)); });
}

LT_API lt_tensor lt_flip(lt_tensor t, const int64_t* dims, int32_t ndim) {
  return lt::tensor_call([&] { return t->flip(lt::ints(dims, ndim)); });
}

LT_API lt_tensor lt_cat(const lt_tensor* tensors, int32_t count, int64_t dim) {
  return lt::tensor_call([&] { return at::cat(lt::tensor_list(tensors, count), dim); });
}

LT_API lt_tensor lt_stack(const lt_tensor* tensors, int32_t count, int64_t dim) {
  return lt::tensor_call([&] { return at::stack(lt::tensor_list(tensors, count), dim); });
}

// Splits into at most `chunks` pieces; writes their handles to out (capacity `chunks`) and returns
// how many there are, or -1 on error.
LT_API int32_t lt_chunk(lt_tensor t, int64_t chunks, int64_t dim, lt_tensor* out) {
  int32_t count = -1;
  auto status = lt::status_call([&] {
    auto pieces = t->chunk(chunks, dim);
    count = static_cast<int32_t>(pieces.size());
    for (int32_t i = 0; i < count; ++i) out[i] = lt::wrap(pieces[static_cast<size_t>(i)]);
  });
  return status == 0 ? count : -1;
}

// Integer-array indexing (t[index] along dim 0) and boolean-mask indexing, as PyTorch's t[idx].
LT_API lt_tensor lt_index(lt_tensor t, lt_tensor index) {
  return lt::tensor_call([&] { return t->index({*index}); });
}

LT_API int32_t lt_index_put_(lt_tensor t, lt_tensor index, lt_tensor values) {
  return lt::status_call([&] { t->index_put_({*index}, *values); });
}
