using System.Runtime.InteropServices;
using Lottery.Torch.Native;

namespace Lottery.Torch;

public static partial class torch
{
    public partial class Tensor
    {
        /// <summary>Copies the elements, row-major, into a new array; T must match the dtype.</summary>
        public T[] data<T>() where T : unmanaged
        {
            var result = new T[numel()];
            CopyTo<T>(result);
            return result;
        }

        /// <summary>Copies the elements, row-major, into destination (exactly numel() long).</summary>
        public unsafe void CopyTo<T>(Span<T> destination) where T : unmanaged
        {
            var type = ScalarTypes.Of<T>();
            if (type != dtype)
            {
                throw new ArgumentException($"cannot read a {dtype} tensor as {typeof(T).Name} ({type}); convert with .to() first");
            }
            fixed (T* p = destination)
            {
                NativeError.CheckStatus(NativeMethods.lt_to_buffer(Handle, p, (long)destination.Length * sizeof(T)));
            }
        }

        /// <summary>The raw little-endian bytes of the elements, row-major (what safetensors stores).</summary>
        public byte[] bytes()
        {
            var result = new byte[numel() * dtype.ElementSize()];
            CopyBytesTo(result);
            return result;
        }

        public unsafe void CopyBytesTo(Span<byte> destination)
        {
            fixed (byte* p = destination)
            {
                NativeError.CheckStatus(NativeMethods.lt_to_buffer(Handle, p, destination.Length));
            }
        }

        /// <summary>The value of a one-element tensor.</summary>
        public unsafe Scalar item()
        {
            LtScalar value;
            NativeError.CheckStatus(NativeMethods.lt_item(Handle, &value));
            return Scalar.FromNative(value);
        }

        public T item<T>() where T : unmanaged
        {
            var value = item();
            object boxed = typeof(T) switch
            {
                var t when t == typeof(float) => (float)value.ToDouble(),
                var t when t == typeof(double) => value.ToDouble(),
                var t when t == typeof(long) => value.ToInt64(),
                var t when t == typeof(int) => (int)value.ToInt64(),
                var t when t == typeof(bool) => value.ToBoolean(),
                var t when t == typeof(byte) => (byte)value.ToInt64(),
                _ => throw new NotSupportedException($"item<{typeof(T).Name}> is not supported"),
            };
            return (T)boxed;
        }

        public float ToSingle() => item<float>();
        public double ToDouble() => item<double>();
        public long ToInt64() => item<long>();
        public bool ToBoolean() => item<bool>();

        public Tensor to(ScalarType type, bool non_blocking = false, bool copy = false)
        {
            var target = device;
            return Wrap(NativeMethods.lt_to(Handle, (int)type, (int)target.type, target.index, non_blocking ? 1 : 0, copy ? 1 : 0));
        }

        public Tensor to(Device target, bool non_blocking = false, bool copy = false) =>
            Wrap(NativeMethods.lt_to(Handle, (int)dtype, (int)target.type, target.index, non_blocking ? 1 : 0, copy ? 1 : 0));

        public Tensor to(Device target, ScalarType type, bool non_blocking = false, bool copy = false) =>
            Wrap(NativeMethods.lt_to(Handle, (int)type, (int)target.type, target.index, non_blocking ? 1 : 0, copy ? 1 : 0));

        public Tensor to(string target) => to(Device.Parse(target));

        public Tensor cpu() => to(Device.CPU);

        public Tensor cuda(int index = -1) => to(new Device(DeviceType.CUDA, index));

        public Tensor @float() => to(ScalarType.Float32);
        public Tensor @double() => to(ScalarType.Float64);
        public Tensor @long() => to(ScalarType.Int64);
        public Tensor @bool() => to(ScalarType.Bool);

        public Tensor clone() => Wrap(NativeMethods.lt_clone(Handle));

        public Tensor detach() => Wrap(NativeMethods.lt_detach(Handle));

        public Tensor contiguous() => Wrap(NativeMethods.lt_contiguous(Handle));

        /// <summary>A second handle to the same native tensor (same storage and autograd identity).</summary>
        public Tensor alias() => Wrap(NativeMethods.lt_alias(Handle));

        public Tensor copy_(Tensor source, bool non_blocking = false) =>
            InPlace(NativeMethods.lt_copy_(Handle, source.Handle, non_blocking ? 1 : 0));

        public Tensor fill_(Scalar value) => InPlace(NativeMethods.lt_fill_(Handle, value.Value));

        public Tensor zero_() => InPlace(NativeMethods.lt_zero_(Handle));

        public Tensor uniform_(double from = 0, double to = 1, Generator? generator = null) =>
            InPlace(NativeMethods.lt_uniform_(Handle, from, to, Generator.HandleOf(generator)));

        public Tensor normal_(double mean = 0, double std = 1, Generator? generator = null) =>
            InPlace(NativeMethods.lt_normal_(Handle, mean, std, Generator.HandleOf(generator)));

        public Tensor bernoulli_(double p = 0.5, Generator? generator = null) =>
            InPlace(NativeMethods.lt_bernoulli_(Handle, p, Generator.HandleOf(generator)));

        internal static unsafe Tensor FromBytes(ReadOnlySpan<byte> data, ReadOnlySpan<long> shape, ScalarType type)
        {
            fixed (byte* d = data)
            fixed (long* s = shape)
            {
                return Wrap(NativeMethods.lt_from_buffer(d, data.Length, s, shape.Length, (int)type));
            }
        }

        internal static Tensor FromSpan<T>(ReadOnlySpan<T> data, ReadOnlySpan<long> shape) where T : unmanaged =>
            FromBytes(MemoryMarshal.AsBytes(data), shape, ScalarTypes.Of<T>());
    }
}
