using Lottery.Torch;
using static Lottery.Torch.torch;

namespace Lottery.Bench.Worker;

/// <summary>
/// "memory model=M batch=B steps=S": the peak RSS of the process after S training steps. The driver sends it
/// to a fresh worker, so the peak is the training run's, runtime and libraries included, as for the others.
/// </summary>
public static class MemoryWorkload
{
    public static object Run(Request request, Device device)
    {
        using var model = Networks.Build(request.Text("model"));
        model.Network.to(device);
        using var mask = RandomMask.Of(model, 0.8);
        using var step = new TrainingStep(model, device, request.Integer("batch"), mask);
        for (var i = 0; i < request.Integer("steps"); i++) step.Run();
        return new { peakRssBytes = PeakRss.Bytes() };
    }
}
