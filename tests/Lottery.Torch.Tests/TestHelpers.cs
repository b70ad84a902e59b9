namespace Lottery.Torch.Tests;

internal static class TestHelpers
{
    /// <summary>The live native tensor count after finalizing garbage, so only reachable tensors count.</summary>
    internal static long SettledLiveTensorCount()
    {
        for (var i = 0; i < 2; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }
        return LiveTensorCount;
    }

    internal static void AssertClose(double[] expected, double[] actual, double tolerance = 1e-6)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance * Math.Max(1, Math.Abs(expected[i])),
                $"element {i}: expected {expected[i]}, got {actual[i]}");
        }
    }

    internal static void AssertClose(float[] expected, float[] actual, double tolerance = 1e-5) =>
        AssertClose(expected.Select(x => (double)x).ToArray(), actual.Select(x => (double)x).ToArray(), tolerance);
}
