using static Lottery.Torch.torch;

namespace Lottery.Torch.Serialization;

/// <summary>
/// What a safetensors file holds: named CPU tensors, in the order their data lies in the file, and the
/// file's string metadata (empty when it has none).
/// </summary>
/// <remarks>
/// The tensors belong to the dispose scope that was current when the file was loaded, like any other new
/// tensor; disposing this object frees them sooner (and any that were moved out of that scope).
/// </remarks>
public sealed record SafeTensorsFile(IReadOnlyDictionary<string, Tensor> Tensors, IReadOnlyDictionary<string, string> Metadata)
    : IDisposable
{
    public void Dispose()
    {
        foreach (var tensor in Tensors.Values) tensor.Dispose();
    }
}
