using System.Globalization;

namespace Lottery.Bench.Driver;

/// <summary>
/// The environment every worker gets, whatever the implementation: the same OpenMP/BLAS thread count, and with
/// more than one thread a passive wait policy. libtorch and OpenBLAS share GNU OpenMP, whose idle workers spin:
/// with more threads than free cores they steal the cores the others need and training can stall (PyTorch too).
/// </summary>
public static class ThreadEnvironment
{
    public static void Apply(IDictionary<string, string?> environment, int threads)
    {
        var count = threads.ToString(CultureInfo.InvariantCulture);
        environment["OMP_NUM_THREADS"] = count;
        environment["OPENBLAS_NUM_THREADS"] = count;
        environment["MKL_NUM_THREADS"] = count;
        if (threads > 1) environment["OMP_WAIT_POLICY"] = "PASSIVE";
        else environment.Remove("OMP_WAIT_POLICY");
    }
}
