using Lottery.Contracts.Data;
using Lottery.Contracts.Pools;
using Lottery.Contracts.Tickets;
using Lottery.Host.Stages;
using Lottery.Host.Training;
using Lottery.Torch.Modules;
using static Lottery.Torch.torch;

namespace Lottery.Host.Pools;

/// <summary>
/// Recomputes BatchNorm running statistics for weights that no training produced (an interpolation of two
/// networks has the mean of their statistics, which fits neither): the statistics are reset and accumulated as
/// a cumulative average (momentum None) over training batches in training mode, without gradients, as PyTorch's
/// <c>update_bn</c> does. Where the batches come from is the loader's choice (<see cref="RecalibrationLoader"/>).
/// </summary>
/// <param name="batches">How many training batches; 0 for the whole training split.</param>
public sealed class BatchNormRecalibrator(nn.Module<Tensor, Tensor> network, IBatchSource train, int batchSize, int batches, RecalibrationLoader loader)
    : IBatchNormRecalibrator, IDisposable
{
    private readonly IReadOnlyList<BatchNorm> norms = network.modules().OfType<BatchNorm>().Where(b => b.track_running_stats).ToList();

    public void Recalibrate(StateDict weights)
    {
        if (norms.Count == 0) return;
        weights.LoadInto(network);
        var momenta = norms.Select(b => b.momentum).ToList();
        var wasTraining = network.training;
        try
        {
            foreach (var norm in norms)
            {
                norm.reset_running_stats();
                norm.momentum = null;
            }
            network.train();
            using var noGrad = no_grad();
            var seen = 0;
            foreach (var item in loader.Batches(train, batchSize).Scoped())
            {
                using (item) network.call(item.Batch.Inputs);
                if (++seen == batches) break;
            }
        }
        finally
        {
            for (var i = 0; i < norms.Count; i++) norms[i].momentum = momenta[i];
            network.train(wasTraining);
        }
        using var copy = no_grad();
        foreach (var (name, buffer) in network.named_buffers()) weights[name].copy_(buffer);
    }

    public void Dispose() => loader.Dispose();
}
