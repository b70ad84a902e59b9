using Lottery.Torch.Native;

namespace Lottery.Torch;

public static partial class torch
{
    // Elementwise arithmetic, comparisons, logical and unary ops. A trailing underscore means in place
    // (the method returns this tensor), as in PyTorch.
    public partial class Tensor
    {
        public Tensor add(Tensor other) => add(other, 1);
        public Tensor add(Tensor other, Scalar alpha) => Wrap(NativeMethods.lt_add(Handle, other.Handle, alpha.Value));
        public Tensor add(Scalar other) => Wrap(NativeMethods.lt_add_scalar(Handle, other.Value, ((Scalar)1).Value));
        public Tensor add_(Tensor other) => add_(other, 1);
        public Tensor add_(Tensor other, Scalar alpha) => InPlace(NativeMethods.lt_add_(Handle, other.Handle, alpha.Value));
        public Tensor add_(Scalar other) => InPlace(NativeMethods.lt_add_scalar_(Handle, other.Value, ((Scalar)1).Value));

        public Tensor sub(Tensor other) => sub(other, 1);
        public Tensor sub(Tensor other, Scalar alpha) => Wrap(NativeMethods.lt_sub(Handle, other.Handle, alpha.Value));
        public Tensor sub(Scalar other) => Wrap(NativeMethods.lt_sub_scalar(Handle, other.Value, ((Scalar)1).Value));
        public Tensor sub_(Tensor other) => sub_(other, 1);
        public Tensor sub_(Tensor other, Scalar alpha) => InPlace(NativeMethods.lt_sub_(Handle, other.Handle, alpha.Value));
        public Tensor sub_(Scalar other) => InPlace(NativeMethods.lt_sub_scalar_(Handle, other.Value, ((Scalar)1).Value));

        public Tensor mul(Tensor other) => Wrap(NativeMethods.lt_mul(Handle, other.Handle));
        public Tensor mul(Scalar other) => Wrap(NativeMethods.lt_mul_scalar(Handle, other.Value));
        public Tensor mul_(Tensor other) => InPlace(NativeMethods.lt_mul_(Handle, other.Handle));
        public Tensor mul_(Scalar other) => InPlace(NativeMethods.lt_mul_scalar_(Handle, other.Value));

        public Tensor div(Tensor other) => Wrap(NativeMethods.lt_div(Handle, other.Handle));
        public Tensor div(Scalar other) => Wrap(NativeMethods.lt_div_scalar(Handle, other.Value));
        public Tensor div_(Tensor other) => InPlace(NativeMethods.lt_div_(Handle, other.Handle));
        public Tensor div_(Scalar other) => InPlace(NativeMethods.lt_div_scalar_(Handle, other.Value));

        public Tensor pow(Tensor other) => Wrap(NativeMethods.lt_pow(Handle, other.Handle));
        public Tensor pow(Scalar other) => Wrap(NativeMethods.lt_pow_scalar(Handle, other.Value));
        public Tensor pow_(Tensor other) => InPlace(NativeMethods.lt_pow_(Handle, other.Handle));
        public Tensor pow_(Scalar other) => InPlace(NativeMethods.lt_pow_scalar_(Handle, other.Value));

        public Tensor remainder(Tensor other) => Wrap(NativeMethods.lt_remainder(Handle, other.Handle));
        public Tensor remainder(Scalar other) => Wrap(NativeMethods.lt_remainder_scalar(Handle, other.Value));
        public Tensor remainder_(Tensor other) => InPlace(NativeMethods.lt_remainder_(Handle, other.Handle));
        public Tensor remainder_(Scalar other) => InPlace(NativeMethods.lt_remainder_scalar_(Handle, other.Value));

        public Tensor eq(Tensor other) => Wrap(NativeMethods.lt_eq(Handle, other.Handle));
        public Tensor eq(Scalar other) => Wrap(NativeMethods.lt_eq_scalar(Handle, other.Value));
        public Tensor eq_(Tensor other) => InPlace(NativeMethods.lt_eq_(Handle, other.Handle));
        public Tensor eq_(Scalar other) => InPlace(NativeMethods.lt_eq_scalar_(Handle, other.Value));

        public Tensor ne(Tensor other) => Wrap(NativeMethods.lt_ne(Handle, other.Handle));
        public Tensor ne(Scalar other) => Wrap(NativeMethods.lt_ne_scalar(Handle, other.Value));
        public Tensor ne_(Tensor other) => InPlace(NativeMethods.lt_ne_(Handle, other.Handle));
        public Tensor ne_(Scalar other) => InPlace(NativeMethods.lt_ne_scalar_(Handle, other.Value));

        public Tensor lt(Tensor other) => Wrap(NativeMethods.lt_lt(Handle, other.Handle));
        public Tensor lt(Scalar other) => Wrap(NativeMethods.lt_lt_scalar(Handle, other.Value));
        public Tensor lt_(Tensor other) => InPlace(NativeMethods.lt_lt_(Handle, other.Handle));
        public Tensor lt_(Scalar other) => InPlace(NativeMethods.lt_lt_scalar_(Handle, other.Value));

        public Tensor le(Tensor other) => Wrap(NativeMethods.lt_le(Handle, other.Handle));
        public Tensor le(Scalar other) => Wrap(NativeMethods.lt_le_scalar(Handle, other.Value));
        public Tensor le_(Tensor other) => InPlace(NativeMethods.lt_le_(Handle, other.Handle));
        public Tensor le_(Scalar other) => InPlace(NativeMethods.lt_le_scalar_(Handle, other.Value));

        public Tensor gt(Tensor other) => Wrap(NativeMethods.lt_gt(Handle, other.Handle));
        public Tensor gt(Scalar other) => Wrap(NativeMethods.lt_gt_scalar(Handle, other.Value));
        public Tensor gt_(Tensor other) => InPlace(NativeMethods.lt_gt_(Handle, other.Handle));
        public Tensor gt_(Scalar other) => InPlace(NativeMethods.lt_gt_scalar_(Handle, other.Value));

        public Tensor ge(Tensor other) => Wrap(NativeMethods.lt_ge(Handle, other.Handle));
        public Tensor ge(Scalar other) => Wrap(NativeMethods.lt_ge_scalar(Handle, other.Value));
        public Tensor ge_(Tensor other) => InPlace(NativeMethods.lt_ge_(Handle, other.Handle));
        public Tensor ge_(Scalar other) => InPlace(NativeMethods.lt_ge_scalar_(Handle, other.Value));

        public Tensor logical_and(Tensor other) => Wrap(NativeMethods.lt_logical_and(Handle, other.Handle));
        public Tensor logical_and_(Tensor other) => InPlace(NativeMethods.lt_logical_and_(Handle, other.Handle));
        public Tensor logical_or(Tensor other) => Wrap(NativeMethods.lt_logical_or(Handle, other.Handle));
        public Tensor logical_or_(Tensor other) => InPlace(NativeMethods.lt_logical_or_(Handle, other.Handle));
        public Tensor logical_xor(Tensor other) => Wrap(NativeMethods.lt_logical_xor(Handle, other.Handle));
        public Tensor logical_xor_(Tensor other) => InPlace(NativeMethods.lt_logical_xor_(Handle, other.Handle));

        public Tensor maximum(Tensor other) => Wrap(NativeMethods.lt_maximum(Handle, other.Handle));
        public Tensor minimum(Tensor other) => Wrap(NativeMethods.lt_minimum(Handle, other.Handle));

        public Tensor neg() => Wrap(NativeMethods.lt_neg(Handle));
        public Tensor neg_() => InPlace(NativeMethods.lt_neg_(Handle));
        public Tensor abs() => Wrap(NativeMethods.lt_abs(Handle));
        public Tensor abs_() => InPlace(NativeMethods.lt_abs_(Handle));
        public Tensor sign() => Wrap(NativeMethods.lt_sign(Handle));
        public Tensor sign_() => InPlace(NativeMethods.lt_sign_(Handle));
        public Tensor sqrt() => Wrap(NativeMethods.lt_sqrt(Handle));
        public Tensor sqrt_() => InPlace(NativeMethods.lt_sqrt_(Handle));
        public Tensor rsqrt() => Wrap(NativeMethods.lt_rsqrt(Handle));
        public Tensor rsqrt_() => InPlace(NativeMethods.lt_rsqrt_(Handle));
        public Tensor square() => Wrap(NativeMethods.lt_square(Handle));
        public Tensor square_() => InPlace(NativeMethods.lt_square_(Handle));
        public Tensor exp() => Wrap(NativeMethods.lt_exp(Handle));
        public Tensor exp_() => InPlace(NativeMethods.lt_exp_(Handle));
        public Tensor log() => Wrap(NativeMethods.lt_log(Handle));
        public Tensor log_() => InPlace(NativeMethods.lt_log_(Handle));
        public Tensor log1p() => Wrap(NativeMethods.lt_log1p(Handle));
        public Tensor log1p_() => InPlace(NativeMethods.lt_log1p_(Handle));
        public Tensor reciprocal() => Wrap(NativeMethods.lt_reciprocal(Handle));
        public Tensor reciprocal_() => InPlace(NativeMethods.lt_reciprocal_(Handle));
        public Tensor relu() => Wrap(NativeMethods.lt_relu(Handle));
        public Tensor relu_() => InPlace(NativeMethods.lt_relu_(Handle));
        public Tensor sigmoid() => Wrap(NativeMethods.lt_sigmoid(Handle));
        public Tensor sigmoid_() => InPlace(NativeMethods.lt_sigmoid_(Handle));
        public Tensor tanh() => Wrap(NativeMethods.lt_tanh(Handle));
        public Tensor tanh_() => InPlace(NativeMethods.lt_tanh_(Handle));
        public Tensor floor() => Wrap(NativeMethods.lt_floor(Handle));
        public Tensor floor_() => InPlace(NativeMethods.lt_floor_(Handle));
        public Tensor ceil() => Wrap(NativeMethods.lt_ceil(Handle));
        public Tensor ceil_() => InPlace(NativeMethods.lt_ceil_(Handle));
        public Tensor round() => Wrap(NativeMethods.lt_round(Handle));
        public Tensor round_() => InPlace(NativeMethods.lt_round_(Handle));
        public Tensor trunc() => Wrap(NativeMethods.lt_trunc(Handle));
        public Tensor trunc_() => InPlace(NativeMethods.lt_trunc_(Handle));
        public Tensor logical_not() => Wrap(NativeMethods.lt_logical_not(Handle));
        public Tensor logical_not_() => InPlace(NativeMethods.lt_logical_not_(Handle));

        public Tensor isnan() => Wrap(NativeMethods.lt_isnan(Handle));
        public Tensor isfinite() => Wrap(NativeMethods.lt_isfinite(Handle));

        public Tensor clamp(Scalar? min = null, Scalar? max = null) =>
            Wrap(NativeMethods.lt_clamp(Handle, min.HasValue ? 1 : 0, (min ?? 0).Value, max.HasValue ? 1 : 0, (max ?? 0).Value));

        public Tensor clamp_(Scalar? min = null, Scalar? max = null) =>
            InPlace(NativeMethods.lt_clamp_(Handle, min.HasValue ? 1 : 0, (min ?? 0).Value, max.HasValue ? 1 : 0, (max ?? 0).Value));

        public Tensor clamp_min(Scalar min) => clamp(min, null);
        public Tensor clamp_max(Scalar max) => clamp(null, max);

        /// <summary>Elements of this where condition holds, else of other (PyTorch's x.where(cond, y)).</summary>
        public Tensor where(Tensor condition, Tensor other) => Wrap(NativeMethods.lt_where(condition.Handle, Handle, other.Handle));
        public Tensor where(Tensor condition, Scalar other) => Wrap(NativeMethods.lt_where_scalar(condition.Handle, Handle, other.Value));

        public Tensor masked_fill(Tensor mask, Scalar value) => Wrap(NativeMethods.lt_masked_fill(Handle, mask.Handle, value.Value));
        public Tensor masked_fill_(Tensor mask, Scalar value) => InPlace(NativeMethods.lt_masked_fill_(Handle, mask.Handle, value.Value));

        /// <summary>this += value * t1 * t2</summary>
        public Tensor addcmul_(Tensor t1, Tensor t2, Scalar value) => InPlace(NativeMethods.lt_addcmul_(Handle, t1.Handle, t2.Handle, value.Value));

        /// <summary>this += value * t1 / t2</summary>
        public Tensor addcdiv_(Tensor t1, Tensor t2, Scalar value) => InPlace(NativeMethods.lt_addcdiv_(Handle, t1.Handle, t2.Handle, value.Value));

        /// <summary>this += weight * (end - this)</summary>
        public Tensor lerp_(Tensor end, Scalar weight) => InPlace(NativeMethods.lt_lerp_(Handle, end.Handle, weight.Value));
    }
}
