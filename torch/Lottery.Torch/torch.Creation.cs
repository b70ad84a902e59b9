using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Lottery.Torch.Native;

namespace Lottery.Torch;

/// <summary>
/// The entry point, shaped like PyTorch's <c>torch</c> module and TorchSharp's static <c>torch</c> class:
/// <c>using static Lottery.Torch.torch;</c> then <c>zeros(2, 3)</c>, <c>nn.functional.relu(x)</c>, ...
/// </summary>
public static partial class torch
{
    public const ScalarType uint8 = ScalarType.Byte;
    public const ScalarType int8 = ScalarType.Int8;
    public const ScalarType int16 = ScalarType.Int16;
    public const ScalarType int32 = ScalarType.Int32;
    public const ScalarType int64 = ScalarType.Int64;
    public const ScalarType float16 = ScalarType.Float16;
    public const ScalarType bfloat16 = ScalarType.BFloat16;
    public const ScalarType float32 = ScalarType.Float32;
    public const ScalarType float64 = ScalarType.Float64;
    public const ScalarType @bool = ScalarType.Bool;

    public static Device CPU => Device.CPU;

    public static Device device(string text) => Device.Parse(text);

    public static unsafe Tensor empty(long[] size, ScalarType dtype = float32, Device? device = null, bool requires_grad = false)
    {
        var d = device ?? Device.CPU;
        fixed (long* p = size) return Tensor.Wrap(NativeMethods.lt_empty(p, size.Length, (int)dtype, (int)d.type, d.index, requires_grad ? 1 : 0));
    }

    public static unsafe Tensor zeros(long[] size, ScalarType dtype = float32, Device? device = null, bool requires_grad = false)
    {
        var d = device ?? Device.CPU;
        fixed (long* p = size) return Tensor.Wrap(NativeMethods.lt_zeros(p, size.Length, (int)dtype, (int)d.type, d.index, requires_grad ? 1 : 0));
    }

    public static unsafe Tensor ones(long[] size, ScalarType dtype = float32, Device? device = null, bool requires_grad = false)
    {
        var d = device ?? Device.CPU;
        fixed (long* p = size) return Tensor.Wrap(NativeMethods.lt_ones(p, size.Length, (int)dtype, (int)d.type, d.index, requires_grad ? 1 : 0));
    }

    public static unsafe Tensor full(long[] size, Scalar value, ScalarType dtype = float32, Device? device = null, bool requires_grad = false)
    {
        var d = device ?? Device.CPU;
        fixed (long* p = size)
        {
            return Tensor.Wrap(NativeMethods.lt_full(p, size.Length, value.Value, (int)dtype, (int)d.type, d.index, requires_grad ? 1 : 0));
        }
    }

    public static Tensor empty(params long[] size) => empty(size, float32);
    public static Tensor zeros(params long[] size) => zeros(size, float32);
    public static Tensor ones(params long[] size) => ones(size, float32);

    /// <summary>A 0-dimensional tensor holding value.</summary>
    public static Tensor scalar_tensor(Scalar value, ScalarType dtype = float32, Device? device = null, bool requires_grad = false) =>
        full([], value, dtype, device, requires_grad);

    /// <summary>Values from start (inclusive) to end (exclusive) by step; dtype int64 unless given.</summary>
    public static Tensor arange(Scalar start, Scalar end, Scalar step, ScalarType dtype = int64, Device? device = null, bool requires_grad = false)
    {
        var d = device ?? Device.CPU;
        return Tensor.Wrap(NativeMethods.lt_arange(start.Value, end.Value, step.Value, (int)dtype, (int)d.type, d.index, requires_grad ? 1 : 0));
    }

    public static Tensor arange(Scalar end, ScalarType dtype = int64, Device? device = null) => arange(0, end, 1, dtype, device);

    public static Tensor empty_like(Tensor t) => Tensor.Wrap(NativeMethods.lt_empty_like(t.Handle));
    public static Tensor zeros_like(Tensor t) => Tensor.Wrap(NativeMethods.lt_zeros_like(t.Handle));
    public static Tensor ones_like(Tensor t) => Tensor.Wrap(NativeMethods.lt_ones_like(t.Handle));
    public static Tensor full_like(Tensor t, Scalar value) => Tensor.Wrap(NativeMethods.lt_full_like(t.Handle, value.Value));

    /// <summary>A tensor holding a copy of data (dtype from T), shaped as shape (default: 1-D).</summary>
    public static Tensor tensor<T>(ReadOnlySpan<T> data, long[]? shape = null, Device? device = null, bool requires_grad = false)
        where T : unmanaged
    {
        var cpu = Tensor.FromSpan(data, shape ?? [data.Length]);
        return Placed(cpu, device, requires_grad);
    }

    public static Tensor tensor<T>(T[] data, long[]? shape = null, Device? device = null, bool requires_grad = false)
        where T : unmanaged => tensor<T>(data.AsSpan(), shape, device, requires_grad);

    /// <summary>A 2-D tensor holding a copy of a rectangular array.</summary>
    public static Tensor tensor<T>(T[,] data, Device? device = null, bool requires_grad = false) where T : unmanaged
    {
        var span = MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<byte, T>(ref MemoryMarshal.GetArrayDataReference(data)), data.Length);
        return tensor(span, [data.GetLength(0), data.GetLength(1)], device, requires_grad);
    }

    /// <summary>A tensor from raw little-endian element bytes (any dtype, bfloat16 and float16 included).</summary>
    public static Tensor frombuffer(ReadOnlySpan<byte> data, ScalarType dtype, long[] shape, Device? device = null) =>
        Placed(Tensor.FromBytes(data, shape, dtype), device, requires_grad: false);

    private static Tensor Placed(Tensor cpu, Device? device, bool requires_grad)
    {
        var result = cpu;
        if (device != null && device.type != DeviceType.CPU)
        {
            result = cpu.to(device);
            cpu.Dispose();
        }
        if (requires_grad) result.requires_grad = true;
        return result;
    }
}
