using Lottery.Contracts.Architectures;
using Lottery.Contracts.Data;
using Lottery.Contracts.Pools;
using Lottery.Contracts.Tickets;
using Lottery.Host.Pools;
using Lottery.Plugins.Pools;
using Lottery.Plugins.Vision.Data;
using Lottery.Torch;
using static Lottery.Torch.torch;

namespace Lottery.Bench.Worker;

/// <summary>
/// "pools model=M alphas=A density=D bnBatches=N bnBatch=B validation=V valBatch=VB": one Lottery Pools
/// candidate. For each of A mixing weights alpha in [0, 1], the step every interpolating pool of the pools
/// plugin takes (<see cref="Mixture.Mix"/>) with the services the host's pools stage gives it: interpolate two
/// tickets, project to density D by global magnitude pruning, recalibrate BatchNorm (statistics reset,
/// cumulative average over N training batches of B), and score the validation split (V images in batches of VB).
/// </summary>
public sealed class PoolsWorkload : ITimedWorkload
{
    private readonly ArchitectureModel model;
    private readonly StateDict first;
    private readonly StateDict second;
    private readonly DatasetSplits data;
    private readonly PoolContext context;
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
        alphas = request.Integer("alphas");
        density = request.Number("density");
        var bnBatch = (int)request.Integer("bnBatch");
        var bnBatches = (int)request.Integer("bnBatches");
        var train = RandomImages(bnBatch * bnBatches, device);
        var validation = RandomImages(request.Integer("validation"), device);
        data = new DatasetSplits(model.Spec.InputShape, model.Spec.Classes, train, validation, validation, new Dictionary<string, IBatchSource>());
        var covered = model.PrunableTensors.Except(model.OutputLayerTensors).ToList();
        context = new PoolContext([], TargetLevel: 0,
            new NetworkEvaluator(model.Network, data, (int)request.Integer("valBatch")),
            new BatchNormRecalibrator(model.Network, train, bnBatch, bnBatches, RecalibrationLoader.Fixed(seed: 0)),
            new GlobalMagnitudeProjector(covered));
    }

    public long ItemsPerRun => 1;

    public void Run()
    {
        for (var i = 0; i < alphas; i++)
        {
            // alpha * first + (1 - alpha) * second, as the plugin mixes a candidate into the current pool.
            using var mixture = Mixture.Mix(context, second, first, alphas > 1 ? (double)i / (alphas - 1) : 0.5, density);
        }
    }

    public void Dispose()
    {
        data.Dispose();
        first.Dispose();
        second.Dispose();
        model.Dispose();
    }

    private InMemoryImageSource RandomImages(long count, Device device)
    {
        using var scope = NewDisposeScope();
        return new InMemoryImageSource(randn(Networks.BatchShape(model, count), device: device), randint(0, model.Spec.Classes, [count], device: device));
    }
}
