using Lottery.Contracts.SparseTraining;
using Lottery.Torch;
using static Lottery.Torch.torch;

namespace Lottery.Plugins.SparseTraining;

/// <summary>
/// SET (Mocanu et al. 2018; rigl's SparseSETOptimizer): regrows at random, uniform scores drawn from the update's
/// seeded random source (on the CPU, wherever the weights live), so a resumed run draws what an uninterrupted one drew.
/// </summary>
public sealed class SetUpdater(SetOptions options) : DynamicSparsityUpdater(options)
{
    public const string Name = "set";

    protected override Tensor GrowScores(string name, Tensor weight, MaskUpdateContext context) =>
        rand(weight.shape, ScalarType.Float32, generator: context.Random).to(weight.device);
}
