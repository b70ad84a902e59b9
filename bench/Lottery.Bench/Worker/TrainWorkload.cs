using Lottery.Contracts.Architectures;
using Lottery.Contracts.Tickets;
using Lottery.Torch;
using static Lottery.Torch.torch;

namespace Lottery.Bench.Worker;

/// <summary>"train model=M batch=B": training steps with a random 80% mask held fixed.</summary>
public sealed class TrainWorkload : ITimedWorkload
{
    private readonly ArchitectureModel model;
    private readonly Mask mask;
    private readonly TrainingStep step;

    public TrainWorkload(Request request, Device device)
    {
        model = Networks.Build(request.Text("model"));
        model.Network.to(device);
        mask = RandomMask.Of(model, 0.8);
        step = new TrainingStep(model, device, request.Integer("batch"), mask);
    }

    public long ItemsPerRun => step.Batch;

    public void Run() => step.Run();

    public void Dispose()
    {
        step.Dispose();
        mask.Dispose();
        model.Dispose();
    }
}
