using Lottery.Torch.Native;

namespace Lottery.Torch;

public static partial class torch
{
    /// <summary>Seeds the default generators of every device (CPU and CUDA).</summary>
    public static void manual_seed(ulong seed) => NativeError.CheckStatus(NativeMethods.lt_manual_seed(seed));

    /// <summary>The state of the default CPU generator (a uint8 tensor).</summary>
    public static Tensor get_rng_state()
    {
        using var generator = Generator.Default();
        return generator.get_state();
    }

    public static void set_rng_state(Tensor state)
    {
        using var generator = Generator.Default();
        generator.set_state(state);
    }

    public static unsafe Tensor rand(long[] size, ScalarType dtype = float32, Device? device = null, bool requires_grad = false, Generator? generator = null)
    {
        var d = device ?? Device.CPU;
        fixed (long* p = size)
        {
            return Tensor.Wrap(NativeMethods.lt_rand(p, size.Length, Generator.HandleOf(generator), (int)dtype, (int)d.type, d.index, requires_grad ? 1 : 0));
        }
    }

    public static unsafe Tensor randn(long[] size, ScalarType dtype = float32, Device? device = null, bool requires_grad = false, Generator? generator = null)
    {
        var d = device ?? Device.CPU;
        fixed (long* p = size)
        {
            return Tensor.Wrap(NativeMethods.lt_randn(p, size.Length, Generator.HandleOf(generator), (int)dtype, (int)d.type, d.index, requires_grad ? 1 : 0));
        }
    }

    public static Tensor rand(params long[] size) => rand(size, float32);

    public static Tensor randn(params long[] size) => randn(size, float32);

    /// <summary>Integers uniformly in [low, high).</summary>
    public static unsafe Tensor randint(long low, long high, long[] size, ScalarType dtype = int64, Device? device = null, Generator? generator = null)
    {
        var d = device ?? Device.CPU;
        fixed (long* p = size)
        {
            return Tensor.Wrap(NativeMethods.lt_randint(low, high, p, size.Length, Generator.HandleOf(generator), (int)dtype, (int)d.type, d.index));
        }
    }

    public static Tensor randperm(long n, ScalarType dtype = int64, Device? device = null, Generator? generator = null)
    {
        var d = device ?? Device.CPU;
        return Tensor.Wrap(NativeMethods.lt_randperm(n, Generator.HandleOf(generator), (int)dtype, (int)d.type, d.index));
    }

    public static Tensor rand_like(Tensor t, Generator? generator = null) => empty_like(t).uniform_(0, 1, generator);

    public static Tensor randn_like(Tensor t, Generator? generator = null) => empty_like(t).normal_(0, 1, generator);
}
