using Lottery.Contracts.Pruning;
using Lottery.Contracts.Tickets;
using Lottery.Torch;
using static Lottery.Torch.torch;

namespace Acme.Pruning.Tests;

/// <summary>
/// Two bias-free linear layers, "0.weight" (4×4) and "2.weight" (2×4), holding the given weights, so a
/// test knows exactly which weights a pruner should keep.
/// </summary>
public sealed class HandMadeNetwork : IDisposable
{
    public const string First = "0.weight";
    public const string Second = "2.weight";

    public HandMadeNetwork(float[] first, float[] second)
    {
        Model = nn.Sequential(nn.Linear(4, 4, hasBias: false), nn.ReLU(), nn.Linear(4, 2, hasBias: false));
        using var scope = NewDisposeScope();
        using var noGrad = no_grad();
        var parameters = Model.named_parameters().ToDictionary(p => p.name, p => p.parameter);
        parameters[First].copy_(tensor(first, [4, 4]));
        parameters[Second].copy_(tensor(second, [2, 4]));
    }

    public nn.Module<Tensor, Tensor> Model { get; }

    /// <summary>A mask over both layers; null keeps every weight of a layer.</summary>
    public static Mask MaskOf(bool[]? first = null, bool[]? second = null)
    {
        using var scope = NewDisposeScope();
        return new Mask([
            KeyValuePair.Create(First, first == null ? ones([4, 4], ScalarType.Bool) : tensor(first, [4, 4])),
            KeyValuePair.Create(Second, second == null ? ones([2, 4], ScalarType.Bool) : tensor(second, [2, 4])),
        ]);
    }

    public PruningContext Context(Mask current, double targetDensity, params string[] ignored) =>
        new(Model, current, targetDensity, [First, Second], ignored.ToHashSet(), TrainingData: null, CPU, Seed: 7);

    public void Dispose() => Model.Dispose();
}
