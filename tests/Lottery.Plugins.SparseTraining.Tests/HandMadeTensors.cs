using Lottery.Contracts.SparseTraining;
using Lottery.Contracts.Tickets;

namespace Lottery.Plugins.SparseTraining.Tests;

/// <summary>
/// One linear layer of 2 x 4 weights with a hand-written mask and gradient: live at 0, 1, 3, 4, 6 (flat positions),
/// pruned (and 0) at 2, 5, 7.
/// </summary>
internal sealed class HandMadeTensors : IDisposable
{
    public static readonly float[] Weights = [0.5f, -0.1f, 0f, 0.9f, -0.3f, 0f, 0.2f, 0f];
    public static readonly bool[] Live = [true, true, false, true, true, false, true, false];
    // Largest at the kept positions 0 and 3, which must never count; among the others: 5 (0.8), 7 (0.3), 1 (0.1).
    public static readonly float[] Gradient = [5f, 0.1f, 0.05f, 4f, 0.02f, -0.8f, 0.01f, 0.3f];

    public HandMadeTensors()
    {
        Model = nn.Linear(4, 2, hasBias: false);
        using (no_grad()) ((Tensor)Model.named_parameters().Single().parameter).copy_(tensor(Weights, [2, 4]));
        Mask = new Mask([KeyValuePair.Create(WeightName, tensor(Live, [2, 4]))]);
        Gradients = new Dictionary<string, Tensor> { [WeightName] = tensor(Gradient, [2, 4]) };
    }

    public const string WeightName = "weight";

    public nn.Module<Tensor, Tensor> Model { get; }

    public Mask Mask { get; }

    public Dictionary<string, Tensor> Gradients { get; }

    public MaskUpdateContext Context(Generator random, long step = 100, long totalSteps = 1000) =>
        new(Model, Mask, Gradients, step, totalSteps, random);

    public static int[] LivePositions(Mask mask) =>
        mask[WeightName].flatten().data<bool>().ToArray().Select((live, i) => (live, i)).Where(p => p.live).Select(p => p.i).ToArray();

    public void Dispose()
    {
        Mask.Dispose();
        foreach (var gradient in Gradients.Values) gradient.Dispose();
        Model.Dispose();
    }
}
