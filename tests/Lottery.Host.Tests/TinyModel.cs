using Lottery.Contracts.Pruning;
using Lottery.Contracts.Tickets;

namespace Lottery.Host.Tests;

/// <summary>One bias-free linear layer with chosen weights and a mask keeping all of them: enough to watch a pruner decide.</summary>
internal sealed class TinyModel : IDisposable
{
    private const string Weight = "fc.weight";

    private readonly nn.Module<Tensor, Tensor> network;
    private readonly Mask mask;

    public TinyModel(float[,] weights)
    {
        network = nn.Sequential(("fc", nn.Linear(weights.GetLength(1), weights.GetLength(0), hasBias: false)));
        using var scope = NewDisposeScope();
        using (no_grad()) network.named_parameters().Single().parameter.copy_(tensor(weights));
        mask = new Mask([KeyValuePair.Create(Weight, ones([weights.GetLength(0), weights.GetLength(1)], ScalarType.Bool))]);
    }

    public PruningContext Context(double targetDensity) =>
        new(network, mask, targetDensity, [Weight], new HashSet<string>(), null, CPU, 0);

    /// <summary>Which weights a mask keeps, row by row.</summary>
    public static bool[] Kept(Mask mask)
    {
        using var flat = mask[Weight].flatten();
        return flat.data<bool>();
    }

    public void Dispose()
    {
        mask.Dispose();
        network.Dispose();
    }
}
