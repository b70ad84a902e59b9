using Lottery.Contracts.Architectures;
using Lottery.Contracts.Tickets;
using Lottery.Torch;
using Lottery.Torch.Modules;
using static Lottery.Torch.torch;

namespace Lottery.Bench.Worker;

/// <summary>
/// "pools model=M alphas=A density=D bnBatches=N bnBatch=B validation=V valBatch=VB": one Lottery Pools
/// candidate. For each of A mixing weights alpha in [0, 1]: interpolate two tickets (alpha * first + (1 - alpha)
/// * second, in place in the network), project to density D by global magnitude pruning, recalibrate BatchNorm
/// (statistics reset, cumulative average over N training batches), and count correct predictions on V
/// validation images. The pools plugin's interpolator does this through the contracts' evaluator,
/// recalibrator and projector; here the same tensor work is written out so PyTorch and C++ can mirror it.
/// </summary>
public sealed class PoolsWorkload : ITimedWorkload
{
    private readonly ArchitectureModel model;
    private readonly StateDict first;
    private readonly StateDict second;
    private readonly Mask dense;
    private readonly GlobalMagnitudeProjection projection;
    private readonly List<BatchNorm> norms;
    private readonly List<Tensor> calibration = [];
    private readonly List<(Tensor inputs, Tensor labels)> validation = [];
    private readonly long alphas;
    private readonly double density;

    public PoolsWorkload(Request request, Device device)
    {
        var name = request.Text("model");
        using (var other = Networks.Build(name))
        {
            other.Network.to(device);
            second = StateDict.FromModule(other.Network);
        }
        model = Networks.Build(name);
        model.Network.to(device);
        first = StateDict.FromModule(model.Network);
        dense = RandomMask.Of(model, 1.0);
        projection = new GlobalMagnitudeProjection(model, device);
        norms = model.Network.modules().OfType<BatchNorm>().ToList();
        alphas = request.Integer("alphas");
        density = request.Number("density");
        for (var i = 0; i < request.Integer("bnBatches"); i++)
        {
            calibration.Add(randn(Networks.BatchShape(model, request.Integer("bnBatch")), device: device).DetachFromDisposeScope());
        }
        long images = request.Integer("validation"), batch = request.Integer("valBatch");
        for (long i = 0; i < images; i += batch)
        {
            var size = Math.Min(batch, images - i);
            validation.Add((randn(Networks.BatchShape(model, size), device: device).DetachFromDisposeScope(),
                randint(0, model.Spec.Classes, [size], device: device).DetachFromDisposeScope()));
        }
    }

    public long ItemsPerRun => 1;

    public void Run()
    {
        for (var i = 0; i < alphas; i++) Candidate(alphas > 1 ? (double)i / (alphas - 1) : 0.5);
    }

    private void Candidate(double alpha)
    {
        using var noGrad = no_grad();
        using (NewDisposeScope())
        {
            foreach (var (name, tensor) in model.Network.state_dict())
            {
                tensor.copy_(first[name]);
                if (tensor.dtype.IsFloatingPoint()) tensor.mul_(alpha).add_(second[name], 1 - alpha);
            }
            using var mask = projection.Prune(dense, density);
            mask.ApplyTo(model.Network);
        }
        foreach (var norm in norms)
        {
            norm.reset_running_stats();
            norm.momentum = null;
        }
        model.Network.train();
        foreach (var inputs in calibration)
        {
            using var scope = NewDisposeScope();
            model.Network.call(inputs);
        }
        foreach (var norm in norms) norm.momentum = 0.1;
        model.Network.eval();
        long correct = 0;
        foreach (var (inputs, labels) in validation)
        {
            using var scope = NewDisposeScope();
            correct += model.Network.call(inputs).argmax(1).eq(labels).sum().item<long>();
        }
    }

    public void Dispose()
    {
        foreach (var tensor in calibration) tensor.Dispose();
        foreach (var (inputs, labels) in validation)
        {
            inputs.Dispose();
            labels.Dispose();
        }
        dense.Dispose();
        first.Dispose();
        second.Dispose();
        model.Dispose();
    }
}
