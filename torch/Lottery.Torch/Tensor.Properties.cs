using Lottery.Torch.Native;

namespace Lottery.Torch;

public static partial class torch
{
    public partial class Tensor
    {
        public long Dimensions => NativeMethods.lt_dim(Handle);

        public long[] shape => ReadDims(Handle, NativeMethods.lt_dim(Handle), stridesInstead: false);

        public long[] stride() => ReadDims(Handle, NativeMethods.lt_dim(Handle), stridesInstead: true);

        public long size(int dim)
        {
            var dims = shape;
            return dims[dim < 0 ? dims.Length + dim : dim];
        }

        public long numel() => NativeMethods.lt_numel(Handle);

        public ScalarType dtype => (ScalarType)NativeMethods.lt_dtype(Handle);

        public Device device
        {
            get
            {
                var h = Handle;
                return new Device((DeviceType)NativeMethods.lt_device_type(h), NativeMethods.lt_device_index(h));
            }
        }

        public bool is_contiguous() => NativeMethods.lt_is_contiguous(Handle) != 0;

        public long element_size() => NativeMethods.lt_element_size(Handle);

        /// <summary>Whether both wrap the same native tensor (same TensorImpl).</summary>
        public bool is_same(Tensor other) => NativeMethods.lt_same_tensor(Handle, other.Handle) != 0;

        public override string ToString() =>
            IsDisposed ? "Tensor(disposed)" : $"Tensor(shape=[{string.Join(", ", shape)}], dtype={dtype}, device={device})";

        private static unsafe long[] ReadDims(IntPtr h, int rank, bool stridesInstead)
        {
            var result = new long[rank];
            fixed (long* p = result)
            {
                if (stridesInstead) NativeMethods.lt_strides(h, p, rank);
                else NativeMethods.lt_shape(h, p, rank);
            }
            return result;
        }
    }
}
