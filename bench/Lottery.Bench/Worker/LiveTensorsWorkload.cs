using Lottery.Contracts.Tickets;
using Lottery.Torch;
using static Lottery.Torch.torch;

namespace Lottery.Bench.Worker;

/// <summary>
/// "imp model=M levels=L steps=S batch=B" (ours only): L levels of iterative magnitude pruning with rewinding to
/// initialisation, each S training steps then global magnitude pruning by 20%, counting live native tensors
/// after each level. A leak-free pipeline holds as many after level L as after level 1.
/// </summary>
public static class LiveTensorsWorkload
{
    public static object Run(Request request, Device device)
    {
        using var model = Networks.Build(request.Text("model"));
        model.Network.to(device);
        var projection = new GlobalMagnitudeProjection(model, device);
        using var initial = StateDict.FromModule(model.Network);
        var mask = Mask.KeepAll(initial, model.PrunableTensors);
        var levels = request.Integer("levels");
        var counts = new List<long>();
        try
        {
            for (var level = 1; level <= levels; level++)
            {
                using (var step = new TrainingStep(model, device, request.Integer("batch"), mask))
                {
                    for (var i = 0; i < request.Integer("steps"); i++) step.Run();
                }
                var pruned = projection.Prune(mask, Math.Pow(0.8, level));
                mask.Dispose();
                mask = pruned;
                initial.LoadInto(model.Network);
                mask.ApplyTo(model.Network);
                counts.Add(LiveTensorCount);
            }
        }
        finally
        {
            mask.Dispose();
        }
        return new { liveAfterFirst = counts[0], liveAfterLast = counts[^1], liveByLevel = counts };
    }
}
