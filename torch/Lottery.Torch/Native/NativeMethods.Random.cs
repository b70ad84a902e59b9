using System.Runtime.InteropServices;

namespace Lottery.Torch.Native;

// Declarations for random.cpp. Generators are at::Generator* (IntPtr).
internal static unsafe partial class NativeMethods
{
    [DllImport(Lib)] internal static extern int lt_manual_seed(ulong seed);
    [DllImport(Lib)] internal static extern IntPtr lt_generator_new(ulong seed);
    [DllImport(Lib)] internal static extern IntPtr lt_generator_default(int deviceType, int deviceIndex);
    [DllImport(Lib)] internal static extern void lt_generator_free(IntPtr g);
    [DllImport(Lib)] internal static extern int lt_generator_manual_seed(IntPtr g, ulong seed);
    [DllImport(Lib)] internal static extern int lt_generator_initial_seed(IntPtr g, ulong* seed);
    [DllImport(Lib)] internal static extern IntPtr lt_generator_get_state(IntPtr g);
    [DllImport(Lib)] internal static extern int lt_generator_set_state(IntPtr g, IntPtr state);
    [DllImport(Lib)] internal static extern IntPtr lt_rand(long* shape, int ndim, IntPtr g, int dtype, int dev, int idx, int rg);
    [DllImport(Lib)] internal static extern IntPtr lt_randn(long* shape, int ndim, IntPtr g, int dtype, int dev, int idx, int rg);
    [DllImport(Lib)] internal static extern IntPtr lt_randint(long low, long high, long* shape, int ndim, IntPtr g, int dtype, int dev, int idx);
    [DllImport(Lib)] internal static extern IntPtr lt_randperm(long n, IntPtr g, int dtype, int dev, int idx);
    [DllImport(Lib)] internal static extern int lt_uniform_(IntPtr t, double from, double to, IntPtr g);
    [DllImport(Lib)] internal static extern int lt_normal_(IntPtr t, double mean, double std, IntPtr g);
    [DllImport(Lib)] internal static extern int lt_bernoulli_(IntPtr t, double p, IntPtr g);
}
