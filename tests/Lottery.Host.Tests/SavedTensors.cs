using Lottery.Torch.Serialization;

namespace Lottery.Host.Tests;

/// <summary>Comparisons of tensors and of safetensors files in a run directory, value for value.</summary>
internal static class SavedTensors
{
    /// <summary>Whether a and b have the same shape and the same values, bit for bit.</summary>
    public static bool Same(Tensor a, Tensor b) => a.shape.SequenceEqual(b.shape) && a.eq(b).all().item<bool>();

    /// <summary>Both files hold the same tensors under the same names.</summary>
    public static void AssertSame(string expectedPath, string actualPath)
    {
        using var scope = NewDisposeScope();
        using var expected = SafeTensors.Load(expectedPath);
        using var actual = SafeTensors.Load(actualPath);
        Assert.Equal(expected.Tensors.Keys.Order(), actual.Tensors.Keys.Order());
        foreach (var (name, tensor) in expected.Tensors) Assert.True(Same(tensor, actual.Tensors[name]), $"{name} differs between {expectedPath} and {actualPath}");
    }
}
