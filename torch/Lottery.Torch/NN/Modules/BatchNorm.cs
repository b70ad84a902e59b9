using static Lottery.Torch.torch;
using static Lottery.Torch.torch.nn;

namespace Lottery.Torch.Modules;

/// <summary>
/// Batch normalisation over the channel dimension (BatchNorm1d: (N, C) or (N, C, L); BatchNorm2d: (N, C, H, W)).
/// momentum null means a cumulative moving average over all batches seen since the statistics were
/// reset, which is how BatchNorm statistics are recomputed after weights change.
/// </summary>
public abstract class BatchNorm : Module<Tensor, Tensor>
{
    private readonly int[] acceptedRanks;

    protected BatchNorm(long num_features, double eps, double? momentum, bool affine, bool track_running_stats, Device? device,
        int[] acceptedRanks)
    {
        if (num_features <= 0) throw new ArgumentOutOfRangeException(nameof(num_features), num_features, "BatchNorm needs a positive feature count");
        this.num_features = num_features;
        this.eps = eps;
        this.momentum = momentum;
        this.affine = affine;
        this.track_running_stats = track_running_stats;
        this.acceptedRanks = acceptedRanks;
        using var scope = NewDisposeScope();
        register_parameter("weight", affine ? new Parameter(ones([num_features], float32, device)) : null);
        register_parameter("bias", affine ? new Parameter(zeros([num_features], float32, device)) : null);
        register_buffer("running_mean", track_running_stats ? zeros([num_features], float32, device) : null);
        register_buffer("running_var", track_running_stats ? ones([num_features], float32, device) : null);
        register_buffer("num_batches_tracked", track_running_stats ? zeros([], int64, device) : null);
    }

    public long num_features { get; }

    public double eps { get; }

    /// <summary>The running-average factor; null for a cumulative average.</summary>
    public double? momentum { get; set; }

    public bool affine { get; }

    public bool track_running_stats { get; }

    public Parameter? weight => get_parameter("weight");

    public Parameter? bias => get_parameter("bias");

    public Tensor? running_mean => get_buffer("running_mean");

    public Tensor? running_var => get_buffer("running_var");

    public Tensor? num_batches_tracked => get_buffer("num_batches_tracked");

    /// <summary>Running mean 0, variance 1, batch count 0: the state before any batch.</summary>
    public void reset_running_stats()
    {
        if (!track_running_stats) return;
        using (no_grad())
        {
            running_mean!.zero_();
            running_var!.fill_(1);
            num_batches_tracked!.zero_();
        }
    }

    public override Tensor forward(Tensor input)
    {
        var rank = (int)input.Dimensions;
        if (!acceptedRanks.Contains(rank))
        {
            throw new ArgumentException($"{GetType().Name} expects {string.Join(" or ", acceptedRanks)}-D input, got {rank}-D");
        }
        var factor = momentum ?? 0.0;
        if (training && track_running_stats)
        {
            using (no_grad()) num_batches_tracked!.add_(1);
            if (momentum == null) factor = 1.0 / num_batches_tracked!.item<long>();
        }
        // Eval mode without running statistics normalises with batch statistics, as PyTorch does.
        var useBatchStatistics = training || !track_running_stats;
        return functional.batch_norm(input, running_mean, running_var, weight, bias, useBatchStatistics, factor, eps);
    }
}

public sealed class BatchNorm1d(long num_features, double eps = 1e-5, double? momentum = 0.1, bool affine = true,
    bool track_running_stats = true, Device? device = null)
    : BatchNorm(num_features, eps, momentum, affine, track_running_stats, device, [2, 3]);

public sealed class BatchNorm2d(long num_features, double eps = 1e-5, double? momentum = 0.1, bool affine = true,
    bool track_running_stats = true, Device? device = null)
    : BatchNorm(num_features, eps, momentum, affine, track_running_stats, device, [4]);
