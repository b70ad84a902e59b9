using Lottery.Torch.Native;

namespace Lottery.Torch;

public static partial class torch
{
    // Shape changes, views and indexing.
    public partial class Tensor
    {
        public unsafe Tensor reshape(params long[] shape)
        {
            fixed (long* p = shape) return Wrap(NativeMethods.lt_reshape(Handle, p, shape.Length));
        }

        public unsafe Tensor view(params long[] shape)
        {
            fixed (long* p = shape) return Wrap(NativeMethods.lt_view(Handle, p, shape.Length));
        }

        public Tensor flatten(long start_dim = 0, long end_dim = -1) => Wrap(NativeMethods.lt_flatten(Handle, start_dim, end_dim));

        public Tensor squeeze() => Wrap(NativeMethods.lt_squeeze(Handle));

        public Tensor squeeze(long dim) => Wrap(NativeMethods.lt_squeeze_dim(Handle, dim));

        public Tensor unsqueeze(long dim) => Wrap(NativeMethods.lt_unsqueeze(Handle, dim));

        public unsafe Tensor permute(params long[] dims)
        {
            fixed (long* p = dims) return Wrap(NativeMethods.lt_permute(Handle, p, dims.Length));
        }

        public Tensor transpose(long dim0, long dim1) => Wrap(NativeMethods.lt_transpose(Handle, dim0, dim1));

        /// <summary>The transpose of a 2-D tensor.</summary>
        public Tensor t() => transpose(0, 1);

        public Tensor narrow(long dim, long start, long length) => Wrap(NativeMethods.lt_narrow(Handle, dim, start, length));

        public Tensor select(long dim, long index) => Wrap(NativeMethods.lt_select(Handle, dim, index));

        /// <summary>Elements start..end (exclusive) with a step along dim: PyTorch's t[..., start:end:step].</summary>
        public Tensor slice(long dim, long start, long end, long step = 1) => Wrap(NativeMethods.lt_slice(Handle, dim, start, end, step));

        public Tensor index_select(long dim, Tensor index) => Wrap(NativeMethods.lt_index_select(Handle, dim, index.Handle));

        public Tensor gather(long dim, Tensor index) => Wrap(NativeMethods.lt_gather(Handle, dim, index.Handle));

        public Tensor scatter(long dim, Tensor index, Tensor source) => Wrap(NativeMethods.lt_scatter(Handle, dim, index.Handle, source.Handle));

        public Tensor masked_select(Tensor mask) => Wrap(NativeMethods.lt_masked_select(Handle, mask.Handle));

        /// <summary>The indexes of the non-zero entries, one row per entry ([count, dim]), in row-major order.</summary>
        public Tensor nonzero() => Wrap(NativeMethods.lt_nonzero(Handle));

        public unsafe Tensor expand(params long[] shape)
        {
            fixed (long* p = shape) return Wrap(NativeMethods.lt_expand(Handle, p, shape.Length));
        }

        public Tensor expand_as(Tensor other) => expand(other.shape);

        public unsafe Tensor repeat(params long[] repeats)
        {
            fixed (long* p = repeats) return Wrap(NativeMethods.lt_repeat(Handle, p, repeats.Length));
        }

        public unsafe Tensor flip(params long[] dims)
        {
            fixed (long* p = dims) return Wrap(NativeMethods.lt_flip(Handle, p, dims.Length));
        }

        public unsafe Tensor[] chunk(long chunks, long dim = 0)
        {
            if (chunks <= 0) throw new ArgumentOutOfRangeException(nameof(chunks), chunks, "chunk expects a positive number of chunks");
            var handles = new IntPtr[chunks];
            int count;
            fixed (IntPtr* p = handles) count = NativeError.CheckCount(NativeMethods.lt_chunk(Handle, chunks, dim, p));
            var result = new Tensor[count];
            for (var i = 0; i < count; i++) result[i] = new Tensor(handles[i]);
            return result;
        }

        /// <summary>t[i]: the i-th element along dimension 0.</summary>
        public Tensor this[long index] => select(0, index);

        /// <summary>t[index]: integer-array (int64) or boolean-mask indexing along dimension 0, as in PyTorch.</summary>
        public Tensor this[Tensor index] => Wrap(NativeMethods.lt_index(Handle, index.Handle));

        /// <summary>t[index] = values, with integer-array or boolean-mask index.</summary>
        public Tensor index_put_(Tensor index, Tensor values) => InPlace(NativeMethods.lt_index_put_(Handle, index.Handle, values.Handle));
    }
}
