using Lottery.Contracts.Tickets;
using Lottery.Torch;
using static Lottery.Torch.torch;

namespace Lottery.Plugins.Pruning;

/// <summary>
/// Scoring runs the model, and running it changes it: BatchNorm updates its running statistics in train mode, and
/// SynFlow rewrites the weights in another dtype. A snapshot taken before puts the values, the dtype and the mode
/// back when disposed, so a pruner leaves the model as it found it.
/// </summary>
public sealed class ModelSnapshot : IDisposable
{
    private readonly nn.Module model;
    private readonly StateDict state;
    private readonly bool training;
    private readonly ScalarType? dtype;

    public ModelSnapshot(nn.Module model)
    {
        this.model = model;
        state = StateDict.FromModule(model);
        training = model.training;
        dtype = model.parameters().Select(p => (ScalarType?)p.dtype).FirstOrDefault(t => t!.Value.IsFloatingPoint());
    }

    public void Dispose()
    {
        if (dtype is { } original && model.parameters().Any(p => p.dtype.IsFloatingPoint() && p.dtype != original)) model.to(original);
        state.LoadInto(model);
        model.train(training);
        state.Dispose();
    }
}
