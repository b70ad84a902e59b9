using Lottery.Contracts.Architectures;
using Lottery.Contracts.Tickets;
using Lottery.Torch;
using static Lottery.Torch.torch;

namespace Lottery.Bench.Worker;

/// <summary>"prune model=M density=D": global magnitude pruning of a dense network to density D.</summary>
public sealed class PruneWorkload : ITimedWorkload
{
    private readonly ArchitectureModel model;
    private readonly Mask dense;
    private readonly GlobalMagnitudeProjection projection;
    private readonly double density;

    public PruneWorkload(Request request, Device device)
    {
        model = Networks.Build(request.Text("model"));
        model.Network.to(device);
        dense = RandomMask.Of(model, 1.0);
        projection = new GlobalMagnitudeProjection(model, device);
        density = request.Number("density");
    }

    public long ItemsPerRun => 1;

    public void Run()
    {
        using var mask = projection.Prune(dense, density);
    }

    public void Dispose()
    {
        dense.Dispose();
        model.Dispose();
    }
}
